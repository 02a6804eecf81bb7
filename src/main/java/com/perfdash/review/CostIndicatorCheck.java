package com.perfdash.review;

import com.perfdash.review.Measure.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link ReviewRule#PLAUS_COST_VS_SPENDING}: a cost indicator whose amount (target or actual, in 万元)
 * cannot be what its table's unit or project spent. Per-head and per-item costs (人均, 每, 单价, 标准 …)
 * are left alone. An amount fires when it is above everything the table budgeted and spent (no part
 * of the spending can be), or when the indicator names a total (成本控制数, 总成本, 预算 …) and the
 * amount matches none of the table's 年初预算数, 全年预算数 or 全年执行数 within the rounding of the
 * text (half its last digit, at least 0.01 万元).
 */
final class CostIndicatorCheck {

    private static final Pattern PER_ITEM = Pattern.compile("人均|户均|生均|次均|亩均|每|单位|平均|单价|标准|均价");
    private static final Pattern NAMES_A_TOTAL = Pattern.compile("成本控制|总成本|控制数|总额|总投入|总支出|总费用|预算|经费总|资金总|项目成本");

    private CostIndicatorCheck() {
    }

    static List<NewFinding> findings(List<CostCandidate> candidates) {
        List<NewFinding> out = new ArrayList<>();
        for (CostCandidate c : candidates) {
            if (PER_ITEM.matcher(c.level3()).find()) {
                continue;
            }
            List<Quantity> amounts = Stream.of(c.targetText(), c.actualText()).map(MeasureParser::parse)
                    .filter(m -> m instanceof Quantity q && q.isMoney()).map(m -> (Quantity) m).toList();
            if (amounts.isEmpty()) {
                continue;
            }
            List<BigDecimal> references = Stream.of(c.initialBudget(), c.fullYearBudget(), c.executed())
                    .filter(Objects::nonNull).toList();
            BigDecimal spent = Stream.of(c.fullYearBudget(), c.executed()).filter(Objects::nonNull)
                    .max(BigDecimal::compareTo).orElseThrow();
            BigDecimal ceiling = spent.multiply(new BigDecimal("1.01")).add(new BigDecimal("0.01"));
            boolean namesTotal = NAMES_A_TOTAL.matcher(c.level3()).find();
            boolean implausible = amounts.stream().anyMatch(q -> q.wanYuan().compareTo(ceiling) > 0
                    || namesTotal && references.stream().noneMatch(r -> matches(q, r)));
            if (!implausible) {
                continue;
            }
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("table", String.valueOf(c.tableNo()));
            evidence.put("level3", c.level3());
            evidence.put("target", c.targetText());
            evidence.put("actual", c.actualText());
            evidence.put("initial", money(c.initialBudget()));
            evidence.put("budget", money(c.fullYearBudget()));
            evidence.put("executed", money(c.executed()));
            out.add(NewFinding.indicator(ReviewRule.PLAUS_COST_VS_SPENDING, c.reportId(), c.tableNo(), c.seq(),
                    "target_text", evidence, RowKeys.funds(c.tableNo(), "total")));
        }
        return out;
    }

    /** Equal within the rounding of the written amount (at least 0.01 万元). */
    private static boolean matches(Quantity amount, BigDecimal reference) {
        BigDecimal tolerance = amount.baseHalfStep().divide(BigDecimal.valueOf(10_000)).max(new BigDecimal("0.01"));
        return amount.baseValue().divide(BigDecimal.valueOf(10_000)).subtract(reference).abs().compareTo(tolerance) <= 0;
    }

    private static String money(BigDecimal m) {
        return m == null ? null : m.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
