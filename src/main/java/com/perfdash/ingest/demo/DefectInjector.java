package com.perfdash.ingest.demo;

import static com.perfdash.ingest.demo.Amounts.money;

import com.perfdash.ingest.demo.DefectKind.Group;
import com.perfdash.ingest.demo.DistrictCatalog.ProjectTemplate;
import com.perfdash.ingest.demo.IndicatorTemplate.Outcome;
import com.perfdash.ingest.demo.Level2.Level1;
import com.perfdash.ingest.demo.ReportDraft.Indicator;
import com.perfdash.ingest.demo.ReportDraft.Project;
import com.perfdash.ingest.demo.ReportDraft.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes a consistent report inconsistent the way real ones are: draws which {@link DefectKind}s the
 * report gets (each with its rate, at most two, one per group), applies them to the stated figures and
 * tells the sink exactly where. A kind that cannot apply to a report (no suitable row) is skipped and
 * not reported. Draws come from a stream of their own, so the clean content does not depend on them.
 */
final class DefectInjector {

    static final int MAX_PER_REPORT = 2;

    private final long seed;
    private final ReportFactory factory;

    DefectInjector(long seed, ReportFactory factory) {
        this.seed = seed;
        this.factory = factory;
    }

    void inject(ReportDraft r, Consumer<InjectedDefect> sink) {
        Dice dice = Dice.of(seed, r.profile.index, r.year, 0xDEFE_C700L);
        List<DefectKind> drawn = new ArrayList<>();
        for (DefectKind kind : DefectKind.values()) {
            if (dice.chance(kind.rate)) {
                drawn.add(kind);
            }
        }
        Set<Group> groups = EnumSet.noneOf(Group.class);
        Set<DefectKind> accepted = EnumSet.noneOf(DefectKind.class);
        for (DefectKind kind : dice.sample(drawn, drawn.size())) {
            if (accepted.size() < MAX_PER_REPORT && groups.add(kind.group)) {
                accepted.add(kind);
            }
        }
        boolean totalsRestated = false;
        for (DefectKind kind : accepted) { // EnumSet iterates in declaration order = application order
            if (!totalsRestated && kind.ordinal() >= DefectKind.TOTAL_SCORE_MISMATCH.ordinal()) {
                r.tables.forEach(Table::restateTotal);
                totalsRestated = true;
            }
            InjectedDefect defect = apply(kind, r, dice);
            if (defect != null) {
                sink.accept(defect);
            }
        }
        if (!totalsRestated) {
            r.tables.forEach(Table::restateTotal);
        }
    }

    private InjectedDefect apply(DefectKind kind, ReportDraft r, Dice dice) {
        return switch (kind) {
            case PROJECT_TABLE_NOT_LISTED -> projectTableNotListed(r, dice);
            case POINTS_OFF_MET_TARGET_NO_NOTE -> pointsOffMetTarget(r, dice);
            case FULL_POINTS_ON_MISSED_TARGET -> fullPointsOnMissedTarget(r, dice);
            case COST_INDICATOR_MISMATCH -> costIndicatorMismatch(r, dice);
            case PROJECT_ROW_COPIED_FROM_UNIT -> projectRowCopied(r, dice);
            case LEVEL_WEIGHT_OVER_CAP -> levelWeightOverCap(r, dice);
            case SCORE_OVER_WEIGHT -> scoreOverWeight(r, dice);
            case FUNDS_ROWS_NOT_SUMMING -> fundsRowsNotSumming(r, dice);
            case FUNDS_TOTAL_EMPTY -> fundsTotalEmpty(r, dice);
            case RATE_OR_SCORE_INCONSISTENT -> rateOrScoreInconsistent(r, dice);
            case EXECUTION_OVER_100 -> executionOver100(r, dice);
            case TOTAL_SCORE_MISMATCH -> totalScoreMismatch(r, dice);
            case GRADE_MISMATCH -> gradeMismatch(r, dice);
            case INCOME_PARTS_MISMATCH -> incomePartsMismatch(r, dice);
            case EXPENDITURE_PART_EXCEEDS_TOTAL -> expenditurePartExceedsTotal(r, dice);
            case PROJECT_SUM_MISMATCH -> projectSumMismatch(r, dice);
            case AMOUNT_IN_YUAN -> amountInYuan(r, dice);
        };
    }

    private static InjectedDefect at(DefectKind kind, ReportDraft r, String file, Integer tableNo, Integer seq,
                                     String column, String detail) {
        return new InjectedDefect(kind, r.unitCode(), r.year, file, tableNo, seq, column, detail);
    }

    /** The whole-unit table most of the time, else one of the project tables. */
    private static Table someTable(ReportDraft r, Dice dice, double unitShare) {
        if (r.tables.size() == 1 || dice.chance(unitShare)) {
            return r.unitTable();
        }
        return r.tables.get(dice.between(1, r.tables.size() - 1));
    }

    private InjectedDefect projectTableNotListed(ReportDraft r, Dice dice) {
        List<ProjectTemplate> candidates = new ArrayList<>();
        for (ProjectTemplate t : r.profile.unit.projects()) {
            if (r.projects.stream().noneMatch(x -> x.template == t)) {
                candidates.add(t);
            }
        }
        candidates.addAll(DistrictCatalog.UNLISTED_PROJECTS);
        ProjectTemplate t = dice.pick(candidates);
        Project x = new Project(t);
        x.name = t.names().get(0);
        for (Project p : r.projects) {
            if (p.name.equals(x.name)) {
                return null;
            }
        }
        x.midyear = false;
        x.adjustment = BigDecimal.ZERO.setScale(2);
        x.budget = Amounts.roundish(Dice.scaled(r.incomeTotal, dice.uniform(0.002, 0.012)));
        x.actual = dice.chance(0.6) ? x.budget : Dice.scaled(x.budget, dice.uniform(0.9, 1.0));
        x.carryover = x.budget.subtract(x.actual);
        x.purpose = "主要用于" + t.purpose() + "。";
        int no = dice.between(1, r.tables.size() - 1);
        r.tables.set(no, factory.projectTable(r, no, x, dice));
        return at(DefectKind.PROJECT_TABLE_NOT_LISTED, r, "eval_tables.csv", no, null, "project_name", x.name);
    }

    private static InjectedDefect pointsOffMetTarget(ReportDraft r, Dice dice) {
        for (Table t : dice.sample(r.tables, r.tables.size())) {
            List<Indicator> candidates = t.indicators.stream()
                    .filter(i -> i.template.isQuantity() && !i.missed && i.score.compareTo(i.weight) == 0
                            && i.weight.compareTo(BigDecimal.valueOf(2)) >= 0)
                    .toList();
            if (!candidates.isEmpty()) {
                Indicator i = dice.pick(candidates);
                boolean heavy = i.weight.compareTo(BigDecimal.TEN) >= 0 && dice.chance(0.3);
                BigDecimal off = heavy ? BigDecimal.valueOf(2) : BigDecimal.ONE;
                i.score = i.weight.subtract(off);
                i.note = null;
                i.pinned = true;
                return at(DefectKind.POINTS_OFF_MET_TARGET_NO_NOTE, r, "indicators.csv", t.no, t.indicators.indexOf(i) + 1,
                        "score", i.target + " / " + i.actual + ", " + Amounts.points(i.score) + " of "
                                + Amounts.points(i.weight));
            }
        }
        return null;
    }

    private static InjectedDefect fullPointsOnMissedTarget(ReportDraft r, Dice dice) {
        for (Table t : dice.sample(r.tables, r.tables.size())) {
            List<Indicator> candidates = t.indicators.stream().filter(i -> i.template.canMissClearly()).toList();
            if (!candidates.isEmpty()) {
                Indicator i = dice.pick(candidates);
                IndicatorTemplate.Texts texts = i.template.draw(dice, r.year, r.profile.spacedUnits, Outcome.CLEARLY_MISSED);
                i.target = texts.target();
                i.actual = texts.actual();
                i.missed = true;
                i.score = i.weight;
                i.note = null;
                i.pinned = true;
                return at(DefectKind.FULL_POINTS_ON_MISSED_TARGET, r, "indicators.csv", t.no, t.indicators.indexOf(i) + 1,
                        "score", i.target + " / " + i.actual);
            }
        }
        return null;
    }

    private static InjectedDefect costIndicatorMismatch(ReportDraft r, Dice dice) {
        Table t = r.unitTable();
        Indicator cost = t.indicators.stream().filter(i -> i.level2 == Level2.COST).findFirst().orElseThrow();
        BigDecimal spent = r.trueExecuted;
        List<BigDecimal> options = new ArrayList<>();
        if (r.incomeInitial.subtract(spent).abs().compareTo(BigDecimal.ONE) >= 0) {
            options.add(r.incomeInitial); // the initial budget written instead of what was spent
        }
        BigDecimal last = r.previousExecuted;
        if (last != null && last.subtract(spent).abs().compareTo(BigDecimal.ONE) >= 0) {
            options.add(last); // last year's figure carried over unchanged
        }
        options.add(Dice.scaled(spent, dice.uniform(0.88, 0.97)));
        BigDecimal stated = dice.pick(options);
        String sp = r.profile.spacedUnits ? " " : "";
        cost.target = (dice.chance(0.5) ? "" : "≤") + money(stated) + sp + "万元";
        cost.actual = money(stated) + sp + "万元";
        cost.pinned = true;
        return at(DefectKind.COST_INDICATOR_MISMATCH, r, "indicators.csv", 0, t.indicators.indexOf(cost) + 1, "actual",
                cost.actual + " while 全年执行数 is " + money(spent));
    }

    private static InjectedDefect projectRowCopied(ReportDraft r, Dice dice) {
        Table unit = r.unitTable();
        for (int pass = 0; pass < 2; pass++) {
            for (Table t : dice.sample(r.tables.subList(1, r.tables.size()), r.tables.size() - 1)) {
                for (Indicator target : dice.sample(t.indicators, t.indicators.size())) {
                    for (Indicator source : unit.indicators) {
                        boolean sameSlot = pass == 0 ? source.level2 == target.level2
                                : source.level2.level1 == target.level2.level1;
                        if (sameSlot && source.weight.compareTo(target.weight) == 0) {
                            int seq = t.indicators.indexOf(target);
                            Indicator copy = source.copyOf();
                            source.pinned = true;
                            copy.pinned = true;
                            t.indicators.set(seq, copy);
                            return at(DefectKind.PROJECT_ROW_COPIED_FROM_UNIT, r, "indicators.csv", t.no, seq + 1, "level3",
                                    "copy of table 0 seq " + (unit.indicators.indexOf(source) + 1) + " " + source.level3);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static InjectedDefect levelWeightOverCap(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.6);
        double u = dice.uniform(0, 1);
        Level1 level1 = u < 0.5 ? Level1.BENEFIT : u < 0.85 ? Level1.OUTPUT : Level1.SATISFACTION;
        List<Indicator> rows = t.indicators.stream().filter(i -> i.level2.level1 == level1 && !i.pinned).toList();
        if (rows.isEmpty()) {
            return null;
        }
        Indicator i = dice.pick(rows);
        BigDecimal extra = i.weight.compareTo(BigDecimal.TEN) >= 0 && dice.chance(0.3) ? BigDecimal.TEN : BigDecimal.valueOf(5);
        i.weight = i.weight.add(extra);
        i.score = i.score.add(extra);
        return at(DefectKind.LEVEL_WEIGHT_OVER_CAP, r, "indicators.csv", t.no, t.indicators.indexOf(i) + 1, "weight",
                level1.label + " weights exceed cap " + r.scheme.cap(level1) + " by " + extra);
    }

    private static InjectedDefect scoreOverWeight(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.6);
        List<Indicator> rows = t.indicators.stream().filter(i -> !i.pinned).toList();
        if (rows.isEmpty()) {
            return null;
        }
        Indicator i = dice.pick(rows);
        i.score = i.weight.add(BigDecimal.valueOf(dice.between(1, 3)));
        i.note = null;
        return at(DefectKind.SCORE_OVER_WEIGHT, r, "indicators.csv", t.no, t.indicators.indexOf(i) + 1, "score",
                Amounts.points(i.score) + " of " + Amounts.points(i.weight));
    }

    private static InjectedDefect fundsRowsNotSumming(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.65);
        BigDecimal extra = Dice.scaled(t.total.fullYearBudget, dice.uniform(0.01, 0.08))
                .max(new BigDecimal("0.50"));
        // The seed's mistake: last year's carry-over listed beside an appropriation row that already includes it.
        t.carryover.fullYearBudget = Amounts.sum(t.carryover.fullYearBudget, extra);
        return at(DefectKind.FUNDS_ROWS_NOT_SUMMING, r, "funds_rows.csv", t.no, null, "full_year_budget",
                "carryover row raised by " + money(extra));
    }

    private static InjectedDefect fundsTotalEmpty(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.65);
        t.total.initialBudget = null;
        t.total.fullYearBudget = null;
        t.total.executed = null;
        return at(DefectKind.FUNDS_TOTAL_EMPTY, r, "funds_rows.csv", t.no, null, "full_year_budget", "合计 row left empty");
    }

    private static InjectedDefect rateOrScoreInconsistent(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.65);
        BigDecimal computed = Amounts.ratePct(t.total.executed, t.total.fullYearBudget, 2);
        String detail;
        if (computed.compareTo(new BigDecimal("98.5")) < 0) {
            if (dice.chance(0.5)) {
                t.total.ratePct = Amounts.HUNDRED;
                detail = "rate stated 100 while executed/full-year is " + Amounts.points(computed);
            } else {
                detail = "score stated as the full weight at rate " + Amounts.points(t.total.ratePct);
            }
            t.total.score = Amounts.scale2(t.total.weight);
        } else {
            t.total.ratePct = computed.subtract(BigDecimal.valueOf(dice.between(5, 12))).setScale(0, RoundingMode.DOWN);
            t.total.score = Amounts.fundsScore(t.total.weight, t.total.ratePct);
            detail = "rate stated " + Amounts.points(t.total.ratePct) + " while executed/full-year is "
                    + Amounts.points(computed);
        }
        return at(DefectKind.RATE_OR_SCORE_INCONSISTENT, r, "funds_rows.csv", t.no, null, "execution_rate_pct", detail);
    }

    private static InjectedDefect executionOver100(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.7);
        BigDecimal stated = Dice.scaled(t.total.fullYearBudget, dice.uniform(1.01, 1.08))
                .max(t.total.fullYearBudget.add(new BigDecimal("0.10")));
        t.appropriation.executed = t.appropriation.executed.add(stated.subtract(t.total.executed));
        t.total.executed = stated;
        t.total.ratePct = Amounts.ratePct(t.total.executed, t.total.fullYearBudget, r.profile.rateDecimals);
        t.total.score = Amounts.fundsScore(t.total.weight, t.total.ratePct);
        return at(DefectKind.EXECUTION_OVER_100, r, "funds_rows.csv", t.no, null, "executed",
                "executed " + money(t.total.executed) + " of " + money(t.total.fullYearBudget));
    }

    private static InjectedDefect totalScoreMismatch(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.6);
        BigDecimal sum = t.sumOfScores();
        BigDecimal delta = BigDecimal.valueOf(dice.between(1, 6));
        boolean up = dice.chance(0.6) && sum.add(delta).compareTo(Amounts.HUNDRED) <= 0;
        BigDecimal stated = up ? sum.add(delta) : sum.subtract(delta);
        if (dice.chance(0.5)) {
            stated = stated.setScale(0, RoundingMode.HALF_UP);
        }
        t.totalScore = Amounts.scale2(stated);
        t.grade = Amounts.grade(t.totalScore);
        return at(DefectKind.TOTAL_SCORE_MISMATCH, r, "eval_tables.csv", t.no, null, "total_score",
                "stated " + Amounts.points(t.totalScore) + ", scores sum to " + Amounts.points(sum));
    }

    private static InjectedDefect gradeMismatch(ReportDraft r, Dice dice) {
        Table t = someTable(r, dice, 0.6);
        String right = t.grade;
        t.grade = switch (right) {
            case "优" -> "良";
            case "良" -> "优";
            case "中" -> "良";
            default -> "中";
        };
        return at(DefectKind.GRADE_MISMATCH, r, "eval_tables.csv", t.no, null, "grade",
                t.grade + " for " + Amounts.points(t.totalScore) + " (band " + right + ")");
    }

    private static InjectedDefect incomePartsMismatch(ReportDraft r, Dice dice) {
        String detail;
        String column;
        if (r.incomeCarryover.signum() > 0 && dice.chance(0.4)) {
            detail = "上年结转 " + money(r.incomeCarryover) + " left out";
            column = "income_carryover";
            r.incomeCarryover = null;
        } else {
            BigDecimal was = r.incomeAdjustment;
            BigDecimal typo = Dice.scaled(r.incomeTotal, dice.uniform(0.005, 0.05)).max(BigDecimal.ONE);
            r.incomeAdjustment = dice.chance(0.5) || was.compareTo(typo) <= 0 ? was.add(typo) : was.subtract(typo);
            detail = "调整追加 " + money(was) + " stated as " + money(r.incomeAdjustment);
            column = "income_adjustment";
        }
        return at(DefectKind.INCOME_PARTS_MISMATCH, r, "reports.csv", null, null, column, detail);
    }

    private static InjectedDefect expenditurePartExceedsTotal(ReportDraft r, Dice dice) {
        BigDecimal was = r.expenditureBasic;
        // As in the seed: 基本支出 counted on the whole budget plus part of the project spending.
        r.expenditureBasic = Amounts.sum(r.expenditureTotal,
                Dice.scaled(r.expenditureProject, dice.uniform(0.2, 1.2)), BigDecimal.ONE);
        return at(DefectKind.EXPENDITURE_PART_EXCEEDS_TOTAL, r, "reports.csv", null, null, "expenditure_basic",
                "基本支出 " + money(was) + " stated as " + money(r.expenditureBasic) + " of 支出 " + money(r.expenditureTotal));
    }

    private static List<Project> projectsWithoutTable(ReportDraft r) {
        List<Project> free = new ArrayList<>();
        for (Project x : r.projects) {
            if (r.tables.stream().noneMatch(t -> t.project == x)) {
                free.add(x);
            }
        }
        return free;
    }

    private static InjectedDefect projectSumMismatch(ReportDraft r, Dice dice) {
        List<Project> free = projectsWithoutTable(r);
        if (free.isEmpty()) {
            return null;
        }
        Project x = dice.pick(free);
        BigDecimal delta = Amounts.roundish(Dice.scaled(x.budget, dice.uniform(0.5, 3))).max(BigDecimal.ONE);
        x.budget = x.budget.add(delta);
        x.actual = x.actual.add(delta);
        BigDecimal initialActual = BigDecimal.ZERO;
        BigDecimal midBudget = BigDecimal.ZERO;
        BigDecimal midActual = BigDecimal.ZERO;
        for (Project p : r.projects) {
            if (p.midyear) {
                midBudget = midBudget.add(p.budget);
                midActual = midActual.add(p.actual);
            } else {
                initialActual = initialActual.add(p.actual);
            }
        }
        r.initialProjectsActual = Amounts.scale2(initialActual);
        r.midyearProjectsBudget = Amounts.scale2(midBudget);
        r.midyearProjectsActual = Amounts.scale2(midActual);
        return at(DefectKind.PROJECT_SUM_MISMATCH, r, "projects.csv", null, r.projects.indexOf(x) + 1, "actual",
                x.name + " raised by " + money(delta) + "; 项目支出 stays " + money(r.expenditureProject));
    }

    private static InjectedDefect amountInYuan(ReportDraft r, Dice dice) {
        List<Project> free = projectsWithoutTable(r);
        if (!free.isEmpty() && dice.chance(0.6)) {
            Project x = dice.pick(free);
            BigDecimal was = x.budget;
            x.budget = Amounts.scale2(was.multiply(Amounts.TEN_THOUSAND));
            return at(DefectKind.AMOUNT_IN_YUAN, r, "projects.csv", null, r.projects.indexOf(x) + 1, "budget",
                    x.name + " " + money(was) + " 万元 written as " + money(x.budget));
        }
        Table t = r.tables.get(dice.between(1, r.tables.size() - 1));
        BigDecimal was = t.totalInvestment;
        t.totalInvestment = Amounts.scale2(was.multiply(Amounts.TEN_THOUSAND));
        t.investmentAppropriation = t.totalInvestment;
        return at(DefectKind.AMOUNT_IN_YUAN, r, "eval_tables.csv", t.no, null, "total_investment",
                t.projectName + " " + money(was) + " 万元 written as " + money(t.totalInvestment));
    }
}
