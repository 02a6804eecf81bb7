package com.perfdash.units;

import java.util.List;
import java.util.Optional;

/** One evaluation table whole: its header, funds rows (合计 first), goals and indicator tree. */
public record EvalTableDetail(EvalTableInfo table, List<FundsRow> funds, List<Goal> goals, IndicatorTree indicators) {

    public EvalTableDetail {
        funds = List.copyOf(funds);
        goals = List.copyOf(goals);
    }

    public Optional<FundsRow> fundsTotal() {
        return funds.stream().filter(FundsRow::isTotal).findFirst();
    }
}
