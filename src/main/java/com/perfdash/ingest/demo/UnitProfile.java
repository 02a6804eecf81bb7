package com.perfdash.ingest.demo;

import com.perfdash.ingest.demo.DistrictCatalog.NamedUnit;
import com.perfdash.ingest.demo.DistrictCatalog.ProjectTemplate;
import com.perfdash.ingest.demo.DistrictCatalog.Size;
import java.math.BigDecimal;

/**
 * What stays the same for a unit across its reports: its budget path, how well it usually scores, how
 * its reports are written (whole or decimal percents, "4 次" or "4次"), and when each catalogue project
 * runs. Drawn once per unit from the spec's seed; it also carries last year's figures forward.
 */
final class UnitProfile {

    final NamedUnit unit;
    final int index;
    final int firstYear;
    final int lastYear;
    private final int pathStart;
    private final BigDecimal[] budgets;

    /** Points a report of this unit usually loses (before the year's noise), and the yearly drift. */
    final double usualLoss;
    final double lossDriftPerYear;
    /** How likely a year goes badly (low execution, low score). */
    final double laggardChance;
    final int rateDecimals;
    final boolean spacedUnits;
    final String costLabel;
    final int dutyCount;
    /** The year from which the duty list grows by one (after a reform, say), or 0 if it never does. */
    final int dutyAddedIn;
    final double projectShare;
    final boolean hasOtherFunds;
    final int minProjects;
    final int maxProjects;
    /** Per catalogue project: the years it runs for this unit (0 = open). */
    final int[] projectFrom;
    final int[] projectTo;

    /** Carried from the previous report of the unit: its 结余结转 and 全年执行数, 万元 (null before the first). */
    BigDecimal lastBalance;
    BigDecimal lastExecuted;

    UnitProfile(NamedUnit unit, int index, DemoSpec spec) {
        this.unit = unit;
        this.index = index;
        this.firstYear = Math.max(spec.fromYear(), unit.firstYear() == 0 ? spec.fromYear() : unit.firstYear());
        this.lastYear = Math.min(spec.toYear(), unit.lastYear() == 0 ? spec.toYear() : unit.lastYear());
        Dice dice = Dice.of(spec.seed(), index, 0x0A11_0001L);

        this.usualLoss = dice.uniform(2.5, 12);
        this.lossDriftPerYear = dice.uniform(-0.5, 0.3);
        double r = dice.uniform(0, 1);
        this.laggardChance = r < 0.70 ? 0.01 : r < 0.92 ? 0.06 : 0.22;
        this.rateDecimals = dice.chance(0.35) ? 2 : 0;
        this.spacedUnits = dice.chance(0.6);
        this.costLabel = dice.pickOf("部门整体支出成本控制", "成本控制数", "预算支出控制数", "部门支出总额控制");
        int maxDuties = Math.min(11, unit.duties().size());
        this.dutyCount = dice.between(Math.min(5, maxDuties), maxDuties);
        boolean dutyAdded = dutyCount < maxDuties && dice.chance(0.3);
        this.dutyAddedIn = dutyAdded ? dice.between(spec.fromYear() + 2, spec.fromYear() + 7) : 0;
        this.projectShare = dice.uniform(unit.category().projectShareMin, unit.category().projectShareMax);
        this.hasOtherFunds = dice.chance(unit.category().otherFundsChance);
        Size size = unit.size();
        this.minProjects = size == Size.SMALL ? 3 : size == Size.HUGE ? 5 : 4;
        this.maxProjects = size == Size.SMALL ? 5 : size == Size.MEDIUM ? 6 : 8;

        int n = unit.projects().size();
        this.projectFrom = new int[n];
        this.projectTo = new int[n];
        for (int i = 0; i < n; i++) {
            ProjectTemplate t = unit.projects().get(i);
            projectFrom[i] = t.fromYear();
            projectTo[i] = t.toYear();
            // Projects without a fixed life in the catalogue start or stop at a unit-specific year now and then.
            if (!t.core() && t.fromYear() == 0 && t.toYear() == 0 && dice.chance(0.35)) {
                if (dice.chance(0.5)) {
                    projectFrom[i] = dice.between(spec.fromYear() + 1, spec.fromYear() + 6);
                } else {
                    int lastStop = Math.max(spec.fromYear(), spec.toYear() - 1);
                    projectTo[i] = dice.between(Math.min(spec.fromYear() + 3, lastStop), lastStop);
                }
            }
        }

        this.pathStart = firstYear;
        int years = Math.max(0, lastYear - firstYear + 1);
        this.budgets = new BigDecimal[years];
        BigDecimal budget = dice.money(size.min, size.max);
        for (int i = 0; i < years; i++) {
            int year = firstYear + i;
            if (i > 0) {
                budget = Dice.scaled(budget, 1 + growth(dice, year));
            }
            budgets[i] = budget;
        }
    }

    /** Budgets grow 3–8 % a year; most units were cut in 2020 and 2023, and any year may dip a little. */
    private static double growth(Dice dice, int year) {
        if (year == 2020) {
            return dice.chance(0.65) ? dice.uniform(-0.10, -0.02) : dice.uniform(0, 0.03);
        }
        if (year == 2023) {
            return dice.chance(0.55) ? dice.uniform(-0.08, -0.02) : dice.uniform(0, 0.03);
        }
        return dice.chance(0.06) ? dice.uniform(-0.05, 0) : dice.uniform(0.03, 0.08);
    }

    boolean reportsIn(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** 全年预算数 of the whole unit in {@code year}, 万元. */
    BigDecimal budget(int year) {
        return budgets[year - pathStart];
    }

    boolean projectActive(int catalogueIndex, int year) {
        int from = projectFrom[catalogueIndex];
        int to = projectTo[catalogueIndex];
        return (from == 0 || year >= from) && (to == 0 || year <= to);
    }
}
