package com.perfdash.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Structural checks on the default data set, computed from the CSV files the generator writes. */
class DemoDataSetTest {

    private static final Pattern MONEY = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    private static final Set<String> CATEGORIES = Set.of("党委部门", "政府部门", "街道/镇", "事业单位", "群团组织");

    static DemoFiles files;
    static List<InjectedDefect> defects;

    @BeforeAll
    static void generate() {
        files = DefaultDataSet.get().files;
        defects = DefaultDataSet.get().defects;
    }

    @Test
    void district_has_at_least_24_fictional_units_of_every_category() {
        assertThat(files.units).hasSizeGreaterThanOrEqualTo(24);
        assertThat(files.units).allSatisfy(u -> {
            assertThat(u.get("unit_name")).startsWith("青禾区");
            assertThat(u.get("district")).isEqualTo("青禾区");
            assertThat(u.get("unit_code")).matches("qh-[a-z-]+|u\\d{5}");
        });
        assertThat(files.units.stream().map(u -> u.get("category")).collect(Collectors.toSet())).isEqualTo(CATEGORIES);
        assertThat(files.units.stream().map(u -> u.get("unit_code")).distinct().count()).isEqualTo(files.units.size());
        assertThat(files.units).anySatisfy(u -> assertThat(u).containsEntry("unit_code", "qh-caizheng")
                .containsEntry("unit_name", "青禾区财政局"));
    }

    @Test
    void reports_cover_2016_to_2025_once_per_unit_year_with_a_few_gaps() {
        Set<String> keys = new HashSet<>();
        for (Map<String, String> r : files.reports) {
            assertThat(keys.add(DemoFiles.reportKey(r))).as("unit-year %s is unique", DemoFiles.reportKey(r)).isTrue();
            assertThat(r.get("source_kind")).isEqualTo("demo");
            assertThat(r.get("source_file")).isEqualTo("generated:demo-district seed=20240601");
        }
        Set<Integer> years = files.reports.stream().map(r -> Integer.parseInt(r.get("fiscal_year"))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(years).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);

        Map<String, Set<Integer>> yearsByUnit = new TreeMap<>();
        files.reports.forEach(r -> yearsByUnit.computeIfAbsent(r.get("unit_code"), k -> new TreeSet<>()).add(Integer.parseInt(r.get("fiscal_year"))));
        assertThat(yearsByUnit.keySet()).hasSize(files.units.size());
        long startingLate = yearsByUnit.values().stream().filter(y -> y.iterator().next() > 2016).count();
        long stoppingEarly = yearsByUnit.values().stream().filter(y -> ((TreeSet<Integer>) y).last() < 2025).count();
        assertThat(startingLate).isBetween(1L, 2L);
        assertThat(stoppingEarly).isEqualTo(1L);
        assertThat(yearsByUnit.get("qh-yingji")).first().isEqualTo(2019);
        assertThat(((TreeSet<Integer>) yearsByUnit.get("qh-fupin")).last()).isEqualTo(2021);
    }

    @Test
    void every_child_row_references_an_existing_report_or_table() {
        Set<String> units = files.units.stream().map(u -> u.get("unit_code")).collect(Collectors.toSet());
        Set<String> reports = files.reports.stream().map(DemoFiles::reportKey).collect(Collectors.toSet());
        Set<String> tables = files.tables.stream().map(DemoFiles::tableKey).collect(Collectors.toSet());
        assertThat(tables).hasSize(files.tables.size());
        assertThat(files.reports.stream().filter(r -> !units.contains(r.get("unit_code")))).isEmpty();
        for (List<Map<String, String>> rows : List.of(files.texts, files.projects, files.tables)) {
            assertThat(rows.stream().filter(row -> !reports.contains(DemoFiles.reportKey(row)))).isEmpty();
        }
        for (List<Map<String, String>> rows : List.of(files.funds, files.goals, files.indicators)) {
            assertThat(rows.stream().filter(row -> !tables.contains(DemoFiles.tableKey(row)))).isEmpty();
        }
        assertThat(files.tables.stream().filter(t -> !t.get("kind").equals("0".equals(t.get("table_no")) ? "unit" : "project")))
                .isEmpty();
        assertUnique(files.funds, r -> DemoFiles.tableKey(r) + "|" + r.get("row_kind"));
        assertUnique(files.indicators, r -> DemoFiles.tableKey(r) + "|" + r.get("seq"));
        assertUnique(files.goals, r -> DemoFiles.tableKey(r) + "|" + r.get("seq"));
        assertUnique(files.projects, r -> DemoFiles.reportKey(r) + "|" + r.get("seq"));
        assertUnique(files.texts, r -> DemoFiles.reportKey(r) + "|" + r.get("section") + "|" + r.get("seq"));
    }

    private static void assertUnique(List<Map<String, String>> rows, Function<Map<String, String>, String> key) {
        assertThat(rows.stream().map(key).distinct().count()).isEqualTo(rows.size());
    }

    @Test
    void money_and_points_have_at_most_two_decimals() {
        checkNumbers(files.reports, "income_total", "income_initial", "income_adjustment", "income_carryover", "income_other",
                "expenditure_total", "expenditure_basic", "expenditure_project", "expenditure_balance",
                "initial_projects_adjustment", "initial_projects_actual", "initial_projects_carryover",
                "midyear_projects_budget", "midyear_projects_actual", "midyear_projects_carryover");
        checkNumbers(files.projects, "budget", "actual", "carryover");
        checkNumbers(files.tables, "total_investment", "investment_appropriation", "funds_weight", "total_weight", "total_score");
        checkNumbers(files.funds, "initial_budget", "full_year_budget", "executed", "weight", "execution_rate_pct", "score");
        checkNumbers(files.indicators, "level1_cap", "weight", "score");
    }

    private static void checkNumbers(List<Map<String, String>> rows, String... columns) {
        for (Map<String, String> row : rows) {
            for (String column : columns) {
                String value = row.get(column);
                if (!value.isEmpty()) {
                    assertThat(value).as("%s of %s", column, row).matches(MONEY);
                }
            }
        }
    }

    @Test
    void weights_of_non_defective_tables_sum_to_their_caps() {
        Set<String> overCap = defects.stream().filter(d -> d.kind() == DefectKind.LEVEL_WEIGHT_OVER_CAP)
                .map(d -> d.unitCode() + "|" + d.fiscalYear() + "|" + d.tableNo()).collect(Collectors.toSet());
        Map<String, Map<String, BigDecimal>> weights = new HashMap<>();
        Map<String, Map<String, BigDecimal>> caps = new HashMap<>();
        for (Map<String, String> i : files.indicators) {
            String table = DemoFiles.tableKey(i);
            weights.computeIfAbsent(table, k -> new HashMap<>()).merge(i.get("level1"), new BigDecimal(i.get("weight")), BigDecimal::add);
            BigDecimal cap = new BigDecimal(i.get("level1_cap"));
            BigDecimal previous = caps.computeIfAbsent(table, k -> new HashMap<>()).put(i.get("level1"), cap);
            assertThat(previous == null || previous.compareTo(cap) == 0).as("one cap per level1 in %s", table).isTrue();
        }
        int checked = 0;
        for (Map<String, String> t : files.tables) {
            String table = DemoFiles.tableKey(t);
            assertThat(caps.get(table).keySet()).as(table).containsExactlyInAnyOrder("产出指标", "效益指标", "满意度指标");
            BigDecimal capSum = caps.get(table).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(capSum.add(new BigDecimal(t.get("funds_weight")))).as("caps and funds weight of %s", table)
                    .isEqualByComparingTo("100");
            if (overCap.contains(table)) {
                continue;
            }
            for (String level1 : caps.get(table).keySet()) {
                assertThat(weights.get(table).get(level1)).as("%s %s", table, level1).isEqualByComparingTo(caps.get(table).get(level1));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(files.tables.size() * 9 / 10);
    }

    @Test
    void most_unit_scores_are_80_to_98_with_some_good_and_weak_grades() {
        List<Map<String, String>> unitTables = files.tables.stream().filter(t -> t.get("kind").equals("unit")).toList();
        long typical = unitTables.stream().map(t -> new BigDecimal(t.get("total_score")))
                .filter(s -> s.compareTo(BigDecimal.valueOf(80)) >= 0 && s.compareTo(BigDecimal.valueOf(98)) <= 0).count();
        assertThat(typical).isGreaterThanOrEqualTo(unitTables.size() * 3L / 4);
        Map<String, Long> grades = unitTables.stream().collect(Collectors.groupingBy(t -> t.get("grade"), Collectors.counting()));
        assertThat(grades.getOrDefault("良", 0L)).isPositive();
        assertThat(grades.getOrDefault("中", 0L) + grades.getOrDefault("差", 0L)).isPositive();
        assertThat(grades.getOrDefault("优", 0L)).isGreaterThan(grades.getOrDefault("良", 0L));
        assertThat(grades.getOrDefault("差", 0L)).isLessThanOrEqualTo(2L);
    }

    @Test
    void execution_rates_are_mostly_92_to_100_percent_with_a_few_laggards() {
        List<BigDecimal> rates = files.funds.stream()
                .filter(f -> f.get("table_no").equals("0") && f.get("row_kind").equals("total") && !f.get("execution_rate_pct").isEmpty())
                .map(f -> new BigDecimal(f.get("execution_rate_pct"))).toList();
        long typical = rates.stream().filter(r -> r.compareTo(BigDecimal.valueOf(92)) >= 0 && r.compareTo(BigDecimal.valueOf(100)) <= 0).count();
        long laggards = rates.stream().filter(r -> r.compareTo(BigDecimal.valueOf(90)) < 0).count();
        assertThat(typical).isGreaterThanOrEqualTo(rates.size() * 85L / 100);
        assertThat(laggards).isBetween(3L, rates.size() / 10L);
    }

    @Test
    void at_least_three_reports_use_another_scoring_scheme() {
        Map<String, String> schemes = new TreeMap<>();
        for (Map<String, String> i : files.indicators) {
            if (i.get("table_no").equals("0")) {
                schemes.merge(DemoFiles.reportKey(i), i.get("level1") + i.get("level1_cap"), (a, b) -> a.contains(b) ? a : a + b);
            }
        }
        long other = schemes.values().stream().filter(s -> !s.equals("产出指标50效益指标30满意度指标10")).count();
        long funds20 = files.tables.stream().filter(t -> t.get("funds_weight").equals("20")).count();
        assertThat(other).isGreaterThanOrEqualTo(3).isLessThanOrEqualTo(files.reports.size() / 10);
        assertThat(funds20).isPositive();
    }

    @Test
    void more_than_20_project_names_recur_in_three_or_more_years() {
        Map<String, Set<String>> years = new HashMap<>();
        files.projects.forEach(p -> years.computeIfAbsent(p.get("project_name"), k -> new HashSet<>()).add(p.get("fiscal_year")));
        assertThat(years.values().stream().filter(y -> y.size() >= 3).count()).isGreaterThan(20);
        assertThat(years.keySet()).anySatisfy(name -> assertThat(name).matches("20\\d\\d年.*"));
    }

    @Test
    void each_report_lists_3_to_8_projects_and_has_its_texts_and_tables() {
        Map<String, Long> projects = files.projects.stream().collect(Collectors.groupingBy(DemoFiles::reportKey, Collectors.counting()));
        Map<String, Long> duties = files.texts.stream().filter(t -> t.get("section").equals("duty"))
                .collect(Collectors.groupingBy(DemoFiles::reportKey, Collectors.counting()));
        Map<String, Long> projectTables = files.tables.stream().filter(t -> t.get("kind").equals("project"))
                .collect(Collectors.groupingBy(DemoFiles::reportKey, Collectors.counting()));
        Set<String> sections = files.texts.stream().map(t -> DemoFiles.reportKey(t) + "|" + t.get("section")).collect(Collectors.toSet());
        for (Map<String, String> r : files.reports) {
            String key = DemoFiles.reportKey(r);
            assertThat(projects.get(key)).as(key).isBetween(3L, 8L);
            assertThat(duties.get(key)).as(key).isBetween(5L, 11L);
            assertThat(projectTables.get(key)).as(key).isBetween(1L, 3L);
            assertThat(r.get("title")).isEqualTo(r.get("fiscal_year") + "年度" + unitName(r.get("unit_code")) + "绩效自评报告");
            assertThat(sections).contains(key + "|performance", key + "|project_performance", key + "|problems");
        }
        Map<String, Long> rows = files.indicators.stream().collect(Collectors.groupingBy(DemoFiles::tableKey, Collectors.counting()));
        for (Map<String, String> t : files.tables) {
            long n = rows.get(DemoFiles.tableKey(t));
            if (t.get("kind").equals("unit")) {
                assertThat(n).isBetween(8L, 14L);
            } else {
                assertThat(n).isBetween(6L, 10L);
            }
        }
        Map<String, Long> goals = files.goals.stream().collect(Collectors.groupingBy(DemoFiles::tableKey, Collectors.counting()));
        assertThat(goals.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 3L));
        assertThat(goals).hasSize(files.tables.size());
    }

    private static String unitName(String code) {
        return files.units.stream().filter(u -> u.get("unit_code").equals(code)).findFirst().orElseThrow().get("unit_name");
    }

    @Test
    void budgets_are_sized_by_category() {
        Map<String, String> category = files.units.stream().collect(Collectors.toMap(u -> u.get("unit_code"), u -> u.get("category")));
        for (Map<String, String> r : files.reports) {
            BigDecimal total = new BigDecimal(r.get("income_total"));
            String c = category.get(r.get("unit_code"));
            if (c.equals("街道/镇") || r.get("unit_code").equals("qh-jiaoyu")) {
                assertThat(total).as(DemoFiles.reportKey(r)).isBetween(BigDecimal.valueOf(2000), BigDecimal.valueOf(20000));
            }
            if (c.equals("党委部门") || c.equals("群团组织")) {
                assertThat(total).as(DemoFiles.reportKey(r)).isBetween(BigDecimal.valueOf(300), BigDecimal.valueOf(1500));
            }
        }
    }
}
