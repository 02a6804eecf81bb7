package com.perfdash.ingest.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer's consistency checks over a generated data set, written independently of the generator:
 * one rule per {@link DefectKind}, computed only from what the CSV files say. A planted defect must
 * trip its rule; a report without planted defects must trip none.
 */
final class ReportChecks {

    /** A rule that fired: the kind of defect it detects, the report, and the table (null for report-level rules). */
    record Finding(DefectKind kind, String report, Integer tableNo, Integer seq) {}

    /** A target or actual text that is one quantity: "≥95%", "4 次", "491.38 万元". */
    record Quantity(String cmp, BigDecimal value, String unit) {

        private static final Pattern SINGLE = Pattern.compile("^([≥≤<>=]?)\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\d\\s]*)$");

        static Quantity parse(String text) {
            if (text == null) {
                return null;
            }
            Matcher m = SINGLE.matcher(text.trim());
            return m.matches() ? new Quantity(m.group(1), new BigDecimal(m.group(2)), m.group(3)) : null;
        }
    }

    final DemoFiles files;
    final Map<String, Map<String, String>> reportByKey = new LinkedHashMap<>();
    final Map<String, List<Map<String, String>>> projectsByReport = new LinkedHashMap<>();
    final Map<String, List<Map<String, String>>> tablesByReport = new LinkedHashMap<>();
    final Map<String, Map<String, Map<String, String>>> fundsByTable = new LinkedHashMap<>();
    final Map<String, List<Map<String, String>>> indicatorsByTable = new LinkedHashMap<>();

    ReportChecks(DemoFiles files) {
        this.files = files;
        for (Map<String, String> r : files.reports) {
            reportByKey.put(DemoFiles.reportKey(r), r);
        }
        for (Map<String, String> p : files.projects) {
            projectsByReport.computeIfAbsent(DemoFiles.reportKey(p), k -> new ArrayList<>()).add(p);
        }
        for (Map<String, String> t : files.tables) {
            tablesByReport.computeIfAbsent(DemoFiles.reportKey(t), k -> new ArrayList<>()).add(t);
        }
        for (Map<String, String> f : files.funds) {
            fundsByTable.computeIfAbsent(DemoFiles.tableKey(f), k -> new LinkedHashMap<>()).put(f.get("row_kind"), f);
        }
        for (Map<String, String> i : files.indicators) {
            indicatorsByTable.computeIfAbsent(DemoFiles.tableKey(i), k -> new ArrayList<>()).add(i);
        }
    }

    static BigDecimal num(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    static BigDecimal z(String s) {
        BigDecimal v = num(s);
        return v == null ? BigDecimal.ZERO : v;
    }

    static boolean differ(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("0.005")) > 0;
    }

    static String band(BigDecimal score) {
        return score.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优"
                : score.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
                : score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }

    /** The actual meets the target: at most a ceiling ("≤"), else at least the target; a bare 0 means none. */
    static boolean met(Quantity target, Quantity actual) {
        if ("≤".equals(target.cmp()) || "<".equals(target.cmp())) {
            return actual.value().compareTo(target.value()) <= 0;
        }
        if (target.cmp().isEmpty() && target.value().signum() == 0) {
            return actual.value().signum() == 0;
        }
        return actual.value().compareTo(target.value()) >= 0;
    }

    /** Far below a floor target: 10 points under a percent, or under 80 % of a count. */
    static boolean clearlyMissed(Quantity target, Quantity actual) {
        if ("≤".equals(target.cmp()) || target.value().signum() == 0) {
            return false;
        }
        if ("%".equals(target.unit())) {
            return actual.value().compareTo(target.value().subtract(BigDecimal.TEN)) <= 0;
        }
        return actual.value().compareTo(target.value().multiply(new BigDecimal("0.8"))) <= 0;
    }

    /** Every rule that fires for the report {@code unit_code|fiscal_year}. */
    List<Finding> findings(String report) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> r = reportByKey.get(report);
        List<Map<String, String>> projects = projectsByReport.getOrDefault(report, List.of());
        List<Map<String, String>> tables = tablesByReport.getOrDefault(report, List.of());

        if (differ(z(r.get("income_total")), z(r.get("income_initial")).add(z(r.get("income_adjustment")))
                .add(z(r.get("income_carryover"))).add(z(r.get("income_other"))))) {
            out.add(new Finding(DefectKind.INCOME_PARTS_MISMATCH, report, null, null));
        }
        BigDecimal expenditure = z(r.get("expenditure_total"));
        if (z(r.get("expenditure_basic")).compareTo(expenditure) > 0 || z(r.get("expenditure_project")).compareTo(expenditure) > 0) {
            out.add(new Finding(DefectKind.EXPENDITURE_PART_EXCEEDS_TOTAL, report, null, null));
        }
        BigDecimal listed = projects.stream().map(p -> z(p.get("actual"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (differ(listed, z(r.get("expenditure_project")))) {
            out.add(new Finding(DefectKind.PROJECT_SUM_MISMATCH, report, null, null));
        }
        BigDecimal thousand = BigDecimal.valueOf(1000);
        for (Map<String, String> p : projects) {
            if (z(p.get("budget")).compareTo(thousand.multiply(z(p.get("actual")).add(z(p.get("carryover"))))) > 0) {
                out.add(new Finding(DefectKind.AMOUNT_IN_YUAN, report, null, Integer.valueOf(p.get("seq"))));
            }
        }

        List<Map<String, String>> unitRows = indicatorsByTable.getOrDefault(report + "|0", List.of());
        for (Map<String, String> t : tables) {
            int no = Integer.parseInt(t.get("table_no"));
            String key = report + "|" + no;
            Map<String, Map<String, String>> funds = fundsByTable.get(key);
            List<Map<String, String>> rows = indicatorsByTable.getOrDefault(key, List.of());
            Map<String, String> total = funds.get("total");
            Map<String, String> appropriation = funds.get("appropriation");

            if (no > 0) {
                boolean listedProject = projects.stream().anyMatch(p -> p.get("project_name").equals(t.get("project_name")));
                if (!listedProject) {
                    out.add(new Finding(DefectKind.PROJECT_TABLE_NOT_LISTED, report, no, null));
                }
                if (z(t.get("total_investment")).compareTo(thousand.multiply(z(appropriation.get("full_year_budget")))) > 0) {
                    out.add(new Finding(DefectKind.AMOUNT_IN_YUAN, report, no, null));
                }
            }

            BigDecimal totalFull = num(total.get("full_year_budget"));
            BigDecimal totalExecuted = num(total.get("executed"));
            if (totalFull == null && totalExecuted == null && num(appropriation.get("full_year_budget")) != null) {
                out.add(new Finding(DefectKind.FUNDS_TOTAL_EMPTY, report, no, null));
            }
            if (totalFull != null) {
                BigDecimal parts = z(appropriation.get("full_year_budget")).add(z(funds.get("carryover").get("full_year_budget")))
                        .add(z(funds.get("other").get("full_year_budget")));
                if (differ(totalFull, parts)) {
                    out.add(new Finding(DefectKind.FUNDS_ROWS_NOT_SUMMING, report, no, null));
                }
            }
            BigDecimal weight = num(total.get("weight"));
            BigDecimal rate = num(total.get("execution_rate_pct"));
            BigDecimal fundsScore = num(total.get("score"));
            if (totalFull != null && totalExecuted != null) {
                if (totalExecuted.compareTo(totalFull) > 0) {
                    out.add(new Finding(DefectKind.EXECUTION_OVER_100, report, no, null));
                }
                BigDecimal computed = totalExecuted.multiply(BigDecimal.valueOf(100)).divide(totalFull, 4, RoundingMode.HALF_UP);
                BigDecimal expectedScore = weight.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).min(weight);
                if (computed.subtract(rate).abs().compareTo(new BigDecimal("0.5")) > 0 || differ(fundsScore, expectedScore)) {
                    out.add(new Finding(DefectKind.RATE_OR_SCORE_INCONSISTENT, report, no, null));
                }
            }

            Map<String, BigDecimal> weightByLevel1 = new LinkedHashMap<>();
            Map<String, BigDecimal> capByLevel1 = new LinkedHashMap<>();
            BigDecimal scores = z(total.get("score"));
            for (Map<String, String> i : rows) {
                weightByLevel1.merge(i.get("level1"), z(i.get("weight")), BigDecimal::add);
                capByLevel1.put(i.get("level1"), num(i.get("level1_cap")));
                scores = scores.add(z(i.get("score")));
                int seq = Integer.parseInt(i.get("seq"));
                BigDecimal w = z(i.get("weight"));
                BigDecimal s = z(i.get("score"));
                if (s.compareTo(w) > 0) {
                    out.add(new Finding(DefectKind.SCORE_OVER_WEIGHT, report, no, seq));
                }
                if (s.compareTo(w) < 0 && i.get("deviation_note").isEmpty()) {
                    out.add(new Finding(DefectKind.POINTS_OFF_MET_TARGET_NO_NOTE, report, no, seq));
                }
                Quantity target = Quantity.parse(i.get("target"));
                Quantity actual = Quantity.parse(i.get("actual"));
                if (s.compareTo(w) == 0 && target != null && actual != null && clearlyMissed(target, actual)) {
                    out.add(new Finding(DefectKind.FULL_POINTS_ON_MISSED_TARGET, report, no, seq));
                }
                if (no == 0 && "成本指标".equals(i.get("level2"))) {
                    BigDecimal spent = z(r.get("expenditure_basic")).add(z(r.get("expenditure_project")));
                    BigDecimal stated = actual == null ? null : actual.value();
                    if (stated == null || (differ(stated, spent) && (totalExecuted == null || differ(stated, totalExecuted)))) {
                        out.add(new Finding(DefectKind.COST_INDICATOR_MISMATCH, report, no, seq));
                    }
                }
                if (no > 0 && unitRows.stream().anyMatch(u -> sameRow(u, i))) {
                    out.add(new Finding(DefectKind.PROJECT_ROW_COPIED_FROM_UNIT, report, no, seq));
                }
            }
            for (Map.Entry<String, BigDecimal> e : weightByLevel1.entrySet()) {
                if (e.getValue().compareTo(capByLevel1.get(e.getKey())) > 0) {
                    out.add(new Finding(DefectKind.LEVEL_WEIGHT_OVER_CAP, report, no, null));
                }
            }
            BigDecimal stated = num(t.get("total_score"));
            if (differ(stated, scores)) {
                out.add(new Finding(DefectKind.TOTAL_SCORE_MISMATCH, report, no, null));
            }
            if (!band(stated).equals(t.get("grade"))) {
                out.add(new Finding(DefectKind.GRADE_MISMATCH, report, no, null));
            }
        }
        return out;
    }

    private static boolean sameRow(Map<String, String> a, Map<String, String> b) {
        for (String column : List.of("level1", "level2", "level3", "target", "actual", "weight", "score", "deviation_note")) {
            if (!a.get(column).equals(b.get(column))) {
                return false;
            }
        }
        return true;
    }
}
