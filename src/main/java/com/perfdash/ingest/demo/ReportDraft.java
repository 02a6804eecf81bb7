package com.perfdash.ingest.demo;

import com.perfdash.ingest.demo.DistrictCatalog.ProjectTemplate;
import com.perfdash.ingest.demo.Level2.Level1;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated report while it is being built: first consistent, then possibly made inconsistent by
 * {@link DefectInjector}, then written. Fields hold what the report states (万元, points, percent);
 * the {@code true*} fields remember the consistent figures the defects deviate from.
 */
final class ReportDraft {

    final UnitProfile profile;
    final int year;
    final Scheme scheme;

    BigDecimal incomeTotal;
    BigDecimal incomeInitial;
    BigDecimal incomeAdjustment;
    BigDecimal incomeCarryover;
    BigDecimal incomeOther;
    BigDecimal expenditureTotal;
    BigDecimal expenditureBasic;
    BigDecimal expenditureProject;
    BigDecimal expenditureBalance;
    BigDecimal initialProjectsAdjustment;
    BigDecimal initialProjectsActual;
    BigDecimal initialProjectsCarryover;
    BigDecimal midyearProjectsBudget;
    BigDecimal midyearProjectsActual;
    BigDecimal midyearProjectsCarryover;

    /** 全年执行数 of the whole unit (basic + project spending), 万元, before any defect. */
    BigDecimal trueExecuted;
    BigDecimal trueRatePct;
    /** The unit's 全年执行数 of the year before, 万元, or null for its first report. */
    BigDecimal previousExecuted;
    boolean laggard;

    final List<String> duties = new ArrayList<>();
    String performance;
    String projectPerformance;
    String problems;
    final List<Project> projects = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();

    ReportDraft(UnitProfile profile, int year, Scheme scheme) {
        this.profile = profile;
        this.year = year;
        this.scheme = scheme;
    }

    String unitCode() {
        return profile.unit.code();
    }

    Table unitTable() {
        return tables.get(0);
    }

    /** The level-1 caps and the funds weight a report's tables are scored with. */
    record Scheme(int fundsWeight, int outputCap, int benefitCap, int satisfactionCap) {

        static final Scheme STANDARD = new Scheme(10, 50, 30, 10);
        static final Scheme FUNDS_20 = new Scheme(20, 40, 30, 10);
        static final Scheme OUTPUT_60 = new Scheme(10, 60, 20, 10);

        int cap(Level1 level1) {
            return switch (level1) {
                case OUTPUT -> outputCap;
                case BENEFIT -> benefitCap;
                case SATISFACTION -> satisfactionCap;
            };
        }
    }

    /** A project the report's text lists. */
    static final class Project {
        final ProjectTemplate template;
        String name;
        boolean midyear;
        /** 年初预算 for initial projects, the amount for midyear ones (as listed). */
        BigDecimal budget;
        /** 年中执行调增 of an initial project (0 for midyear projects). */
        BigDecimal adjustment;
        BigDecimal actual;
        BigDecimal carryover;
        String purpose;

        Project(ProjectTemplate template) {
            this.template = template;
        }

        BigDecimal fullYearBudget() {
            return Amounts.sum(budget, adjustment);
        }
    }

    /** One attached self-evaluation table; table 0 is the whole-unit table. */
    static final class Table {
        final int no;
        final Project project;
        final ProjectType type;
        String projectName;
        String direction;
        BigDecimal totalInvestment;
        BigDecimal investmentAppropriation;
        String period;
        BigDecimal fundsWeight;
        BigDecimal totalWeight;
        BigDecimal totalScore;
        String grade;
        final FundsRow total = new FundsRow("total");
        final FundsRow appropriation = new FundsRow("appropriation");
        final FundsRow carryover = new FundsRow("carryover");
        final FundsRow other = new FundsRow("other");
        final List<Goal> goals = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();

        Table(int no, Project project, ProjectType type) {
            this.no = no;
            this.project = project;
            this.type = type;
        }

        boolean isUnit() {
            return no == 0;
        }

        List<FundsRow> fundsRows() {
            return List.of(total, appropriation, carryover, other);
        }

        /** 总分 = the funds score plus every indicator's score, as the stated figures say. */
        BigDecimal sumOfScores() {
            BigDecimal sum = Amounts.orZero(total.score);
            for (Indicator i : indicators) {
                sum = sum.add(Amounts.orZero(i.score));
            }
            return Amounts.scale2(sum);
        }

        void restateTotal() {
            totalScore = sumOfScores();
            grade = Amounts.grade(totalScore);
        }
    }

    /** One 年度资金总额 row. */
    static final class FundsRow {
        final String kind;
        BigDecimal initialBudget;
        BigDecimal fullYearBudget;
        BigDecimal executed;
        BigDecimal weight;
        BigDecimal ratePct;
        BigDecimal score;

        FundsRow(String kind) {
            this.kind = kind;
        }
    }

    record Goal(String expected, String achieved) {}

    /** One level-3 indicator row. */
    static final class Indicator {
        final Level2 level2;
        final IndicatorTemplate template;
        String level3;
        String target;
        String actual;
        BigDecimal weight;
        BigDecimal score;
        String note;
        /** Whether the actual falls short of the target. */
        boolean missed;
        /** Carries a planted defect (or is the source of a copied row): later defects leave it alone. */
        boolean pinned;

        Indicator(Level2 level2, IndicatorTemplate template) {
            this.level2 = level2;
            this.template = template;
            this.level3 = template == null ? null : template.level3();
        }

        Indicator copyOf() {
            Indicator c = new Indicator(level2, template);
            c.level3 = level3;
            c.target = target;
            c.actual = actual;
            c.weight = weight;
            c.score = score;
            c.note = note;
            c.missed = missed;
            return c;
        }
    }
}
