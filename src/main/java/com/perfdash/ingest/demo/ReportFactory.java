package com.perfdash.ingest.demo;

import static com.perfdash.ingest.demo.Amounts.money;

import com.perfdash.ingest.demo.DistrictCatalog.ProjectTemplate;
import com.perfdash.ingest.demo.IndicatorTemplate.Outcome;
import com.perfdash.ingest.demo.Level2.Level1;
import com.perfdash.ingest.demo.ReportDraft.FundsRow;
import com.perfdash.ingest.demo.ReportDraft.Indicator;
import com.perfdash.ingest.demo.ReportDraft.Project;
import com.perfdash.ingest.demo.ReportDraft.Scheme;
import com.perfdash.ingest.demo.ReportDraft.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds one consistent report for a unit and year: income and expenditure that add up, the year's
 * projects from the unit's catalogue, the whole-unit table and one to three project tables whose
 * weights fill the caps, whose scores follow from the figures and whose lost points carry a note.
 */
final class ReportFactory {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final long seed;

    ReportFactory(long seed) {
        this.seed = seed;
    }

    ReportDraft build(UnitProfile p, int year) {
        Dice dice = Dice.of(seed, p.index, year, 0x2E90_0001L);
        double s = dice.uniform(0, 1);
        Scheme scheme = s < 0.03 ? Scheme.FUNDS_20 : s < 0.05 ? Scheme.OUTPUT_60 : Scheme.STANDARD;
        ReportDraft r = new ReportDraft(p, year, scheme);

        r.laggard = dice.chance(p.laggardChance);
        boolean failing = r.laggard && dice.chance(0.06);
        double executionRate = r.laggard ? dice.uniform(0.70, 0.89) : normalExecutionRate(dice, year);

        BigDecimal fullYear = p.budget(year);
        chooseProjects(r, dice, fullYear, executionRate);
        settleMoney(r, dice, fullYear, executionRate);

        for (int k = 0; k < p.dutyCount - 1; k++) {
            r.duties.add(p.unit.duties().get(k));
        }
        if (p.dutyAddedIn != 0 && year >= p.dutyAddedIn) {
            r.duties.add(p.unit.duties().get(p.dutyCount - 1));
        }
        r.duties.add(p.unit.duties().get(p.unit.duties().size() - 1));

        double loss = failing ? dice.uniform(41, 47)
                : r.laggard ? dice.uniform(21, 38)
                : clamp(p.usualLoss + p.lossDriftPerYear * (year - p.firstYear) + dice.uniform(-3, 4), 0.5, 19.5);
        Table unitTable = unitTable(r, dice, loss);
        r.tables.add(unitTable);

        List<Project> byBudget = new ArrayList<>(r.projects);
        byBudget.sort(Comparator.comparing(Project::fullYearBudget).reversed());
        int tableCount = Math.min(dice.between(1, 3), r.projects.size() - 1);
        List<Project> evaluated = dice.sample(byBudget.subList(0, Math.min(4, byBudget.size())), tableCount);
        evaluated.sort(Comparator.comparingInt(r.projects::indexOf));
        for (Project x : evaluated) {
            r.tables.add(projectTable(r, r.tables.size(), x, dice));
        }

        r.performance = Narratives.performance(r, dice);
        r.projectPerformance = Narratives.projectPerformance(r, dice);
        r.problems = Narratives.problems(r, dice);

        r.previousExecuted = p.lastExecuted;
        p.lastBalance = r.expenditureBalance;
        p.lastExecuted = r.trueExecuted;
        return r;
    }

    private static double normalExecutionRate(Dice dice, int year) {
        double u = dice.uniform(0, 1);
        double rate = u < 0.35 ? dice.uniform(0.985, 1.0) : u < 0.80 ? dice.uniform(0.95, 0.985) : dice.uniform(0.92, 0.95);
        return year == 2020 ? Math.max(0.915, rate - dice.uniform(0, 0.02)) : rate;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** The year's projects: the catalogue's running ones, core projects nearly always, in catalogue order. */
    private void chooseProjects(ReportDraft r, Dice dice, BigDecimal fullYear, double executionRate) {
        UnitProfile p = r.profile;
        List<ProjectTemplate> catalogue = p.unit.projects();
        List<Integer> core = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            if (!p.projectActive(i, r.year)) {
                continue;
            }
            ProjectTemplate t = catalogue.get(i);
            if (dice.chance(t.core() ? 0.92 : 0.55)) {
                (t.core() ? core : others).add(i);
            }
        }
        int wanted = dice.between(p.minProjects, p.maxProjects);
        List<Integer> chosen = new ArrayList<>(dice.sample(core, wanted));
        chosen.addAll(dice.sample(others, wanted - chosen.size()));
        for (int pass = 0; pass < 2 && chosen.size() < 3; pass++) { // running projects first, then any
            for (int i = 0; i < catalogue.size() && chosen.size() < 3; i++) {
                if (!chosen.contains(i) && (pass == 1 || p.projectActive(i, r.year))) {
                    chosen.add(i);
                }
            }
        }
        chosen.sort(Integer::compare);

        // A project's funding follows the unit's budget with some year-to-year noise, so a recurring
        // project's amounts form a plausible series; the unit's usual project share sets the scale.
        double usualWeight = 0;
        for (ProjectTemplate t : catalogue) {
            usualWeight += t.weight() * (t.core() ? 1.0 : 0.5);
        }
        double perWeight = fullYear.doubleValue() * p.projectShare / usualWeight;
        double[] amounts = new double[chosen.size()];
        double chosenTotal = 0;
        for (int k = 0; k < chosen.size(); k++) {
            amounts[k] = catalogue.get(chosen.get(k)).weight() * perWeight * dice.uniform(0.8, 1.25);
            chosenTotal += amounts[k];
        }
        double ceiling = fullYear.doubleValue() * 0.55;
        double squeeze = chosenTotal > ceiling ? ceiling / chosenTotal : 1.0;
        for (int k = 0; k < chosen.size(); k++) {
            ProjectTemplate t = catalogue.get(chosen.get(k));
            Project x = new Project(t);
            x.name = writtenName(t, r.year, dice);
            x.midyear = k > 0 && dice.chance(t.core() ? 0.03 : 0.25); // added mid-year: mostly the occasional projects
            BigDecimal full = Dice.money(amounts[k] * squeeze);
            if (x.midyear) {
                x.budget = dice.chance(0.5) ? Amounts.roundish(full) : full;
                x.adjustment = BigDecimal.ZERO.setScale(2);
            } else if (dice.chance(0.18)) {
                x.adjustment = Dice.scaled(full, dice.uniform(0.05, 0.3));
                x.budget = Amounts.roundish(full.subtract(x.adjustment));
            } else {
                x.adjustment = BigDecimal.ZERO.setScale(2);
                x.budget = dice.chance(0.6) ? Amounts.roundish(full) : full;
            }
            double rate = r.laggard ? dice.uniform(0.45, 0.95)
                    : dice.chance(0.55) ? 1.0 : dice.uniform(Math.min(0.85, executionRate), 1.0);
            BigDecimal fy = x.fullYearBudget();
            x.actual = rate >= 1.0 ? fy : Dice.scaled(fy, rate);
            x.carryover = fy.subtract(x.actual);
            x.purpose = "主要用于" + t.purpose() + "。";
            r.projects.add(x);
        }
    }

    /** A recurring project's name as a report writes it: sometimes a variant, sometimes with the year in front. */
    private static String writtenName(ProjectTemplate t, int year, Dice dice) {
        List<String> names = t.names();
        String name = names.size() > 1 && dice.chance(0.2) ? dice.pick(names.subList(1, names.size())) : names.get(0);
        if (t.yearPrefixed() && dice.chance(0.7)) {
            return year + (dice.chance(0.15) ? "年度" : "年") + name;
        }
        return name;
    }

    /** Income and expenditure of the whole unit, consistent: parts add up to their totals. */
    private void settleMoney(ReportDraft r, Dice dice, BigDecimal fullYear, double executionRate) {
        UnitProfile p = r.profile;
        BigDecimal projectsFull = BigDecimal.ZERO;
        BigDecimal projectsActual = BigDecimal.ZERO;
        BigDecimal initialAdjustment = BigDecimal.ZERO;
        BigDecimal initialActual = BigDecimal.ZERO;
        BigDecimal initialCarryover = BigDecimal.ZERO;
        BigDecimal midBudget = BigDecimal.ZERO;
        BigDecimal midActual = BigDecimal.ZERO;
        BigDecimal midCarryover = BigDecimal.ZERO;
        for (Project x : r.projects) {
            projectsFull = projectsFull.add(x.fullYearBudget());
            projectsActual = projectsActual.add(x.actual);
            if (x.midyear) {
                midBudget = midBudget.add(x.budget);
                midActual = midActual.add(x.actual);
                midCarryover = midCarryover.add(x.carryover);
            } else {
                initialAdjustment = initialAdjustment.add(x.adjustment);
                initialActual = initialActual.add(x.actual);
                initialCarryover = initialCarryover.add(x.carryover);
            }
        }
        BigDecimal basicBudget = fullYear.subtract(projectsFull);
        BigDecimal targetExecuted = Dice.money(fullYear.doubleValue() * executionRate);
        BigDecimal basic = targetExecuted.subtract(projectsActual);
        BigDecimal basicFloor = Dice.scaled(basicBudget, 0.6);
        basic = basic.max(basicFloor).min(basicBudget);
        BigDecimal executed = basic.add(projectsActual);

        r.expenditureTotal = fullYear;
        r.expenditureBasic = basic;
        r.expenditureProject = Amounts.scale2(projectsActual);
        r.expenditureBalance = fullYear.subtract(executed);
        r.trueExecuted = executed;
        r.trueRatePct = Amounts.ratePct(executed, fullYear, p.rateDecimals);
        r.initialProjectsAdjustment = Amounts.scale2(initialAdjustment);
        r.initialProjectsActual = Amounts.scale2(initialActual);
        r.initialProjectsCarryover = Amounts.scale2(initialCarryover);
        r.midyearProjectsBudget = Amounts.scale2(midBudget);
        r.midyearProjectsActual = Amounts.scale2(midActual);
        r.midyearProjectsCarryover = Amounts.scale2(midCarryover);

        double f = fullYear.doubleValue();
        BigDecimal carryover = p.lastBalance != null
                ? Dice.money(Math.min(p.lastBalance.doubleValue() * dice.uniform(0.5, 1.0), f * 0.08))
                : dice.chance(0.6) ? dice.money(f * 0.005, f * 0.04) : BigDecimal.ZERO.setScale(2);
        BigDecimal other = p.hasOtherFunds && dice.chance(0.8) ? dice.money(f * 0.005, f * 0.04) : BigDecimal.ZERO.setScale(2);
        BigDecimal adjustment = Amounts.sum(initialAdjustment, midBudget, dice.money(0, f * 0.05));
        r.incomeTotal = fullYear;
        r.incomeCarryover = carryover;
        r.incomeOther = other;
        r.incomeAdjustment = adjustment;
        r.incomeInitial = fullYear.subtract(adjustment).subtract(carryover).subtract(other);
    }

    private Table unitTable(ReportDraft r, Dice dice, double loss) {
        UnitProfile p = r.profile;
        Table t = new Table(0, null, null);
        t.fundsWeight = BigDecimal.valueOf(r.scheme.fundsWeight());
        t.totalWeight = Amounts.HUNDRED;

        BigDecimal executed = r.trueExecuted;
        BigDecimal carryExec = r.incomeCarryover.signum() == 0 ? null
                : dice.chance(0.7) ? r.incomeCarryover : Dice.scaled(r.incomeCarryover, dice.uniform(0.8, 1.0));
        BigDecimal otherExec = r.incomeOther.signum() == 0 ? null
                : Dice.scaled(r.incomeOther, dice.uniform(0.85, 1.0));
        fundsRow(t.appropriation, r.incomeInitial, r.incomeInitial.add(r.incomeAdjustment),
                executed.subtract(Amounts.orZero(carryExec)).subtract(Amounts.orZero(otherExec)));
        if (carryExec != null) {
            fundsRow(t.carryover, null, r.incomeCarryover, carryExec);
        }
        if (otherExec != null) {
            fundsRow(t.other, r.incomeOther, r.incomeOther, otherExec);
        }
        fundsRow(t.total, Amounts.sum(r.incomeInitial, otherExec == null ? null : r.incomeOther), r.incomeTotal, executed);
        scoreFunds(t.total, t.fundsWeight, p.rateDecimals);

        t.goals.addAll(Narratives.unitGoals(r, dice));

        int[] counts = {dice.between(2, 4), dice.between(1, 2), 1, 1, dice.chance(0.5) ? 1 : 0, dice.between(1, 2),
                dice.chance(0.4) ? 1 : 0, 1, dice.chance(0.3) ? 2 : 1};
        Category category = p.unit.category();
        int[] maximum = {Math.min(4, p.unit.work().size()), 2, 2, 1, 1, Math.min(2, category.social.size()), 1, 2,
                Math.min(2, category.satisfaction.size())};
        fitCounts(counts, new int[] {2, 1, 1, 1, 0, 1, 0, 1, 1}, maximum, dice, 8, 14);
        Level2[] levels = Level2.values();
        for (int k = 0; k < levels.length; k++) {
            Level2 level2 = levels[k];
            if (level2 == Level2.COST) {
                t.indicators.add(costRow(p.costLabel, r.incomeTotal, executed, p.spacedUnits));
                continue;
            }
            List<IndicatorTemplate> pool = level2 == Level2.QUANTITY ? p.unit.work() : p.unit.category().unitPool(level2);
            for (IndicatorTemplate template : dice.sample(pool, counts[k])) {
                t.indicators.add(new Indicator(level2, template));
            }
        }
        finishIndicators(t, r, dice, loss);
        return t;
    }

    /** A project table for {@code x}; also used for a table whose project the text does not list. */
    Table projectTable(ReportDraft r, int no, Project x, Dice dice) {
        UnitProfile p = r.profile;
        ProjectType type = x.template.type();
        Table t = new Table(no, x, type);
        t.projectName = x.name;
        t.direction = type.direction;
        t.totalInvestment = x.budget;
        t.investmentAppropriation = x.budget;
        t.period = dice.pickOf("长期", r.year + "年", r.year + "年1月-" + r.year + "年12月", "一年", r.year + "年度");
        t.fundsWeight = BigDecimal.valueOf(r.scheme.fundsWeight());
        t.totalWeight = Amounts.HUNDRED;
        BigDecimal initial = x.midyear ? BigDecimal.ZERO.setScale(2) : x.budget;
        fundsRow(t.appropriation, initial, x.fullYearBudget(), x.actual);
        fundsRow(t.total, initial, x.fullYearBudget(), x.actual);
        scoreFunds(t.total, t.fundsWeight, p.rateDecimals);
        t.goals.addAll(Narratives.projectGoals(x, type, dice));

        boolean withCost = dice.chance(0.8);
        int[] counts = {dice.between(1, 3), 1, dice.chance(0.6) ? 1 : 0, withCost ? 1 : 0,
                type.economic.isEmpty() ? 0 : dice.chance(0.4) ? 1 : 0, 1,
                type.ecological.isEmpty() ? 0 : dice.chance(0.5) ? 1 : 0, dice.chance(0.6) ? 1 : 0, 1};
        int[] minimum = {1, 1, 0, counts[3], 0, 1, 0, 0, 1};
        int[] maximum = {type.quantity.size(), type.quality.size(), type.timeliness.size(), counts[3],
                type.economic.size() > 0 ? 1 : 0, type.social.size(), type.ecological.size() > 0 ? 1 : 0,
                1, 1};
        fitCounts(counts, minimum, maximum, dice, 6, 10);
        Level2[] levels = Level2.values();
        for (int k = 0; k < levels.length; k++) {
            Level2 level2 = levels[k];
            if (level2 == Level2.COST) {
                if (counts[k] > 0) {
                    String label = dice.pickOf("项目成本控制", "项目支出控制数", "项目资金控制数");
                    t.indicators.add(costRow(label, x.fullYearBudget(), x.actual, p.spacedUnits));
                }
                continue;
            }
            for (IndicatorTemplate template : dice.sample(type.pool(level2), counts[k])) {
                t.indicators.add(new Indicator(level2, template));
            }
        }
        double loss = dice.chance(0.35) ? 0 : dice.chance(0.8) ? dice.uniform(0.5, 5) : dice.uniform(5, 14);
        if (r.laggard) {
            loss += dice.uniform(3, 10);
        }
        finishIndicators(t, r, dice, loss);
        return t;
    }

    private static void fundsRow(FundsRow row, BigDecimal initial, BigDecimal fullYear, BigDecimal executed) {
        row.initialBudget = initial;
        row.fullYearBudget = fullYear;
        row.executed = executed;
    }

    private static void scoreFunds(FundsRow total, BigDecimal weight, int rateDecimals) {
        total.weight = weight;
        total.ratePct = Amounts.ratePct(total.executed, total.fullYearBudget, rateDecimals);
        total.score = Amounts.fundsScore(weight, total.ratePct);
    }

    private static Indicator costRow(String label, BigDecimal budget, BigDecimal executed, boolean spaced) {
        IndicatorTemplate template = new IndicatorTemplate(label, IndicatorTemplate.Measure.CEILING, "万元", 0, 0, null,
                null, List.of());
        Indicator i = new Indicator(Level2.COST, template);
        String sp = spaced ? " " : "";
        i.target = "≤" + money(budget) + sp + "万元";
        i.actual = money(executed) + sp + "万元";
        return i;
    }

    /** Adds or removes rows of flexible 二级指标 until the table has between min and max rows. */
    private static void fitCounts(int[] counts, int[] minimum, int[] maximum, Dice dice, int min, int max) {
        for (int k = 0; k < counts.length; k++) {
            counts[k] = Math.max(minimum[k], Math.min(maximum[k], counts[k]));
        }
        int total = Arrays.stream(counts).sum();
        int guard = 0;
        while ((total < min || total > max) && guard++ < 200) {
            int k = dice.between(0, counts.length - 1);
            if (total < min && counts[k] < maximum[k]) {
                counts[k]++;
                total++;
            } else if (total > max && counts[k] > minimum[k]) {
                counts[k]--;
                total--;
            }
        }
    }

    /**
     * Weights that fill each level-1 cap, then points taken off until about {@code loss} points are lost
     * in the whole table (the funds score's shortfall counts), then the texts: met targets where the
     * score is full; a shortfall or a weakness, with a note, where points were lost.
     */
    private void finishIndicators(Table t, ReportDraft r, Dice dice, double loss) {
        for (Level1 level1 : Level1.values()) {
            List<Indicator> rows = t.indicators.stream().filter(i -> i.level2.level1 == level1).toList();
            int[] weights = splitCap(r.scheme.cap(level1), rows.size(), dice);
            for (int k = 0; k < rows.size(); k++) {
                rows.get(k).weight = BigDecimal.valueOf(weights[k]);
                rows.get(k).score = rows.get(k).weight;
            }
        }
        BigDecimal fundsLoss = t.total.weight.subtract(t.total.score);
        BigDecimal remaining = Dice.money(loss).subtract(fundsLoss).divide(HALF, 0, RoundingMode.DOWN).multiply(HALF);
        BigDecimal[] lost = new BigDecimal[t.indicators.size()];
        Arrays.fill(lost, BigDecimal.ZERO);
        int guard = 0;
        while (remaining.signum() > 0 && guard++ < 200) {
            int k = dice.between(0, t.indicators.size() - 1);
            Indicator i = t.indicators.get(k);
            BigDecimal room = i.weight.multiply(new BigDecimal("0.6")).subtract(lost[k]).setScale(0, RoundingMode.DOWN);
            if (room.signum() <= 0) {
                continue;
            }
            BigDecimal step = remaining.compareTo(BigDecimal.valueOf(4)) >= 0 && dice.chance(0.35)
                    ? BigDecimal.valueOf(dice.between(2, Math.max(2, room.intValue())))
                    : dice.chance(0.2) ? HALF : BigDecimal.ONE;
            step = step.min(remaining).min(room);
            lost[k] = lost[k].add(step);
            remaining = remaining.subtract(step);
        }
        for (int k = 0; k < t.indicators.size(); k++) {
            Indicator i = t.indicators.get(k);
            i.score = i.weight.subtract(lost[k]);
            if (i.level2 == Level2.COST) {
                if (lost[k].signum() > 0) {
                    i.note = Narratives.weaknessNote(i, dice);
                }
                continue;
            }
            boolean deducted = lost[k].signum() > 0;
            i.missed = deducted && (lost[k].compareTo(BigDecimal.valueOf(2)) >= 0 || dice.chance(0.5));
            IndicatorTemplate.Texts texts = i.template.draw(dice, r.year, r.profile.spacedUnits,
                    i.missed ? Outcome.MISSED : Outcome.MET);
            i.target = texts.target();
            i.actual = texts.actual();
            if (deducted) {
                i.note = i.missed ? Narratives.missNote(i, r.year, dice) : Narratives.weaknessNote(i, dice);
            }
        }
        t.restateTotal();
    }

    /** Splits a level-1 cap over its rows: in fives where the cap allows, else in whole points. */
    private static int[] splitCap(int cap, int rows, Dice dice) {
        int[] weights = new int[rows];
        int unit = cap % 5 == 0 && cap / 5 >= rows ? 5 : 1;
        int units = cap / unit;
        Arrays.fill(weights, unit);
        for (int extra = units - rows; extra > 0; extra--) {
            weights[dice.between(0, rows - 1)] += unit;
        }
        return weights;
    }
}
