package com.perfdash.compare;

import com.perfdash.base.unit.UnitRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.perfdash.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison queries on a small district computed by hand (src/test/resources/fixtures/compare):
 * seven units in three categories, 2022 and 2023; 北山镇 (s4) has no 2022 report, 区委办公室 (p1) states
 * no funds in 2023.
 *
 * <pre>
 * execution rate   2022                 2023
 * g1 财政局        380/400 = 0.95 (4)   396/400 = 0.99 (1)
 * s1 东街          90/100  = 0.90 (5)   95/100  = 0.95 (2)
 * s2 西街          196/200 = 0.98 (3)   190/200 = 0.95 (2)
 * s4 北山          —                    72/80   = 0.90 (4)
 * g2 教育局        297/300 = 0.99 (2)   240/300 = 0.80 (5)
 * s3 南湖          45/50   = 0.90 (5)   40/50   = 0.80 (5)
 * p1 区委办        100/100 = 1.00 (1)   —
 * </pre>
 */
class CompareServiceTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/compare");

    private static TestDatabase db;
    private static CompareService service;

    @BeforeAll
    static void load() {
        db = TestDatabase.loadedFrom(FIXTURE);
        service = new CompareService(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void ties_share_a_rank_and_the_next_rank_is_skipped() {
        // ties are listed by unit name: 东街 before 西街, 南湖镇 before 测试区教育局
        List<RankingRow> rows = service.ranking(CompareMetric.EXECUTION_RATE, 2023, null);

        assertThat(rows).extracting(RankingRow::unitCode, RankingRow::rank).containsExactly(
                tuple("g1", 1), tuple("s1", 2), tuple("s2", 2), tuple("s4", 4), tuple("s3", 5), tuple("g2", 5), tuple("p1", null));
        assertThat(rows).extracting(RankingRow::unitsRanked).containsOnly(6);
        assertThat(rows.get(0).value()).isEqualByComparingTo("0.99");
    }

    @Test
    void a_report_without_the_figure_is_listed_last_without_rank_change_or_percentile() {
        RankingRow p1 = row(service.ranking(CompareMetric.EXECUTION_RATE, 2023, null), "p1");

        assertThat(p1.value()).isNull();
        assertThat(p1.rank()).isNull();
        assertThat(p1.previousValue()).isEqualByComparingTo("1.00");
        assertThat(p1.previousRank()).isEqualTo(1);
        assertThat(p1.change()).isNull();
        assertThat(p1.rankChange()).isNull();
        assertThat(p1.betterThan()).isNull();
    }

    @Test
    void change_and_rank_change_compare_with_the_year_before() {
        List<RankingRow> rows = service.ranking(CompareMetric.EXECUTION_RATE, 2023, null);

        assertThat(row(rows, "g1").change()).isEqualByComparingTo("0.04");
        assertThat(row(rows, "g1").previousRank()).isEqualTo(4);
        assertThat(row(rows, "g1").rankChange()).isEqualTo(3);
        assertThat(row(rows, "s1").change()).isEqualByComparingTo("0.05");
        assertThat(row(rows, "s1").rankChange()).isEqualTo(3);
        assertThat(row(rows, "s2").change()).isEqualByComparingTo("-0.03");
        assertThat(row(rows, "s2").rankChange()).isEqualTo(1);
        assertThat(row(rows, "s3").change()).isEqualByComparingTo("-0.10");
        assertThat(row(rows, "s3").rankChange()).isZero();
        assertThat(row(rows, "g2").change()).isEqualByComparingTo("-0.19");
        assertThat(row(rows, "g2").rankChange()).isEqualTo(-3);
    }

    @Test
    void a_unit_missing_last_year_has_no_change_and_no_rank_change() {
        RankingRow s4 = row(service.ranking(CompareMetric.EXECUTION_RATE, 2023, null), "s4");

        assertThat(s4.rank()).isEqualTo(4);
        assertThat(s4.previousValue()).isNull();
        assertThat(s4.change()).isNull();
        assertThat(s4.relativeChange()).isNull();
        assertThat(s4.previousRank()).isNull();
        assertThat(s4.rankChange()).isNull();
    }

    @Test
    void percentile_is_the_share_of_other_units_of_the_category_strictly_worse() {
        List<RankingRow> rows = service.ranking(CompareMetric.EXECUTION_RATE, 2023, null);

        // 街道/镇: s1 0.95, s2 0.95, s4 0.90, s3 0.80 — the tie partner does not count as worse
        assertThat(row(rows, "s1").behind()).isEqualTo(2);
        assertThat(row(rows, "s1").categoryPeers()).isEqualTo(3);
        assertThat(row(rows, "s1").betterThan()).isEqualByComparingTo("0.666667");
        assertThat(row(rows, "s2").betterThan()).isEqualByComparingTo("0.666667");
        assertThat(row(rows, "s4").betterThan()).isEqualByComparingTo("0.333333");
        assertThat(row(rows, "s3").betterThan()).isEqualByComparingTo("0");
        // 政府部门: g1 0.99 against g2 0.80; g2 ties s3 in value, but s3 is another category
        assertThat(row(rows, "g1").betterThan()).isEqualByComparingTo("1");
        assertThat(row(rows, "g2").betterThan()).isEqualByComparingTo("0");
    }

    @Test
    void a_category_filter_ranks_within_the_category_in_both_years() {
        List<RankingRow> rows = service.ranking(CompareMetric.EXECUTION_RATE, 2023, "街道/镇");

        assertThat(rows).extracting(RankingRow::unitCode, RankingRow::rank, RankingRow::previousRank, RankingRow::rankChange)
                .containsExactly(tuple("s1", 1, 2, 1), tuple("s2", 1, 1, 0), tuple("s4", 3, null, null), tuple("s3", 4, 2, -2));
        assertThat(rows).extracting(RankingRow::unitsRanked).containsOnly(4);
        assertThat(row(rows, "s4").betterThan()).isEqualByComparingTo("0.333333");
    }

    @Test
    void points_lost_sum_weight_minus_score_over_indicators_and_funds_and_the_fewest_rank_first() {
        List<RankingRow> rows = service.ranking(CompareMetric.POINTS_LOST, 2023, null);

        // g1 0+2+0.1, s1 2+0+0.5, s4 2+0+1, p1 5+0 (an indicator without score and funds without score
        // do not count), s2 5+2+0.5, g2 4+4+2, s3 10+10+2
        assertThat(rows).extracting(RankingRow::unitCode).containsExactly("g1", "s1", "s4", "p1", "s2", "g2", "s3");
        assertThat(rows).extracting(r -> r.value().stripTrailingZeros().toPlainString())
                .containsExactly("2.1", "2.5", "3", "5", "7.5", "10", "22");
        assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
        // fewer points lost is better: s1 is better than all three other 街道/镇
        assertThat(row(rows, "s1").betterThan()).isEqualByComparingTo("1");
        assertThat(row(rows, "s3").betterThan()).isEqualByComparingTo("0");
        // p1 is the only 党委部门 with a value
        assertThat(row(rows, "p1").categoryPeers()).isZero();
        assertThat(row(rows, "p1").betterThan()).isNull();
    }

    @Test
    void points_lost_of_last_year_count_the_funds_alone_where_no_indicator_is_scored() {
        RankingRow s1 = row(service.ranking(CompareMetric.POINTS_LOST, 2023, null), "s1");

        assertThat(s1.previousValue()).isEqualByComparingTo("1");
        assertThat(s1.change()).isEqualByComparingTo("1.5");
    }

    @Test
    void money_metrics_rank_the_largest_first_with_absolute_and_relative_change() {
        List<RankingRow> rows = service.ranking(CompareMetric.EXECUTED, 2023, null);

        assertThat(rows).extracting(RankingRow::unitCode).containsExactly("g1", "g2", "s2", "s1", "s4", "s3", "p1");
        RankingRow s1 = row(rows, "s1");
        assertThat(s1.value()).isEqualByComparingTo("95");
        assertThat(s1.change()).isEqualByComparingTo("5");
        assertThat(s1.relativeChange()).isEqualByComparingTo("0.055556");
    }

    @Test
    void total_score_is_the_stated_score() {
        List<RankingRow> rows = service.ranking(CompareMetric.TOTAL_SCORE, 2023, null);

        assertThat(rows).extracting(RankingRow::unitCode).containsExactly("g1", "s1", "s4", "s2", "g2", "s3", "p1");
        assertThat(row(rows, "s3").value()).isEqualByComparingTo("78");
        assertThat(row(rows, "s3").change()).isEqualByComparingTo("-10");
    }

    @Test
    void project_share_is_project_over_basic_plus_project_spending() {
        RankingRow s1 = row(service.ranking(CompareMetric.PROJECT_SHARE, 2023, null), "s1");

        assertThat(s1.value()).isEqualByComparingTo("0.3");
        assertThat(s1.previousValue()).isEqualByComparingTo("0.4");
        assertThat(s1.rank()).isEqualTo(1);
        assertThat(s1.unitsRanked()).isEqualTo(1);
    }

    @Test
    void comparison_draws_the_first_five_of_the_ranking_unless_units_are_chosen() {
        Comparison c = service.compare(new CompareFilter(CompareMetric.EXECUTION_RATE, 2023, 2022, 2023, null, null));

        assertThat(c.lineUnits()).extracting(UnitRef::unitCode).containsExactly("g1", "s1", "s2", "s4", "s3");
        assertThat(c.filter().units()).containsExactly("g1", "s1", "s2", "s4", "s3");
        assertThat(c.heatmapUnits()).extracting(UnitRef::unitCode).containsExactly("g1", "s1", "s2", "s4", "s3", "g2", "p1");
        assertThat(c.heatmapTruncated()).isFalse();
    }

    @Test
    void chosen_units_keep_their_order_and_unknown_codes_are_dropped() {
        Comparison c = service.compare(new CompareFilter(CompareMetric.EXECUTION_RATE, 2023, 2022, 2023, "街道/镇",
                List.of("s4", "nobody", "g2")));

        assertThat(c.lineUnits()).extracting(UnitRef::unitCode, UnitRef::unitName)
                .containsExactly(tuple("s4", "北山镇人民政府"), tuple("g2", "测试区教育局"));
        assertThat(c.heatmapUnits()).extracting(UnitRef::unitCode).containsExactly("s1", "s2", "s4", "s3");
    }

    @Test
    void values_cover_the_years_of_the_range_and_a_missing_year_has_no_row() {
        Comparison c = service.compare(new CompareFilter(CompareMetric.EXECUTION_RATE, 2023, 2022, 2023, "街道/镇", List.of()));

        assertThat(c.values()).filteredOn(v -> v.unitCode().equals("s4"))
                .extracting(UnitYearValue::fiscalYear).containsExactly(2023);
        assertThat(c.values()).filteredOn(v -> v.unitCode().equals("s1"))
                .extracting(UnitYearValue::fiscalYear, v -> v.value().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(2022, "0.9"), tuple(2023, "0.95"));
        assertThat(c.lineUnits()).isEmpty();
    }

    @Test
    void options_are_the_loaded_years_and_categories() {
        CompareOptions o = service.options();

        assertThat(o.years()).containsExactly(2022, 2023);
        assertThat(o.categories()).containsExactly("党委部门", "政府部门", "街道/镇");
    }

    @Test
    void the_ranking_size_counts_every_listed_unit_and_the_ranked_ones() {
        assertThat(service.rankingCount(CompareMetric.EXECUTION_RATE, 2023, null)).isEqualTo(new RankingCount(7, 6));
        assertThat(service.rankingCount(CompareMetric.EXECUTION_RATE, 2023, "街道/镇")).isEqualTo(new RankingCount(4, 4));
        assertThat(service.rankingCount(CompareMetric.EXECUTION_RATE, 2022, null)).isEqualTo(new RankingCount(6, 6));
        assertThat(service.rankingCount(CompareMetric.EXECUTION_RATE, 2019, null)).isEqualTo(new RankingCount(0, 0));

        Comparison c = service.compare(new CompareFilter(CompareMetric.EXECUTION_RATE, 2023, 2022, 2023, null, null));
        assertThat(c.ranking()).isEqualTo(new RankingCount(7, 6));
    }

    @Test
    void a_page_of_the_ranking_is_the_same_rows_as_the_whole_ranking_cut() {
        List<RankingRow> all = service.ranking(CompareMetric.EXECUTION_RATE, 2023, null);

        assertThat(service.ranking(CompareMetric.EXECUTION_RATE, 2023, null, RankingOrder.BY_RANK, 2, 3)).isEqualTo(all.subList(2, 5));
        assertThat(service.ranking(CompareMetric.EXECUTION_RATE, 2023, null, RankingOrder.BY_RANK, 5, 50)).isEqualTo(all.subList(5, 7));
        assertThat(service.ranking(CompareMetric.EXECUTION_RATE, 2023, null, RankingOrder.BY_RANK, 7, 50)).isEmpty();
        assertThat(service.ranking(CompareMetric.EXECUTION_RATE, 2023, null, RankingOrder.BY_RANK, 0, 0)).isEmpty();
    }

    /**
     * Each sort of the grid, done in SQL, gives the order the grid's in-memory sort gave: a stable sort
     * of the ranking by the column, missing values last ascending (first for the percentile), the
     * comparator reversed descending.
     */
    @Test
    void every_sort_key_in_sql_orders_as_the_grid_sorted_in_memory() {
        Map<RankingSortKey, Comparator<RankingRow>> inMemory = new EnumMap<>(RankingSortKey.class);
        inMemory.put(RankingSortKey.RANK, Comparator.comparing(RankingRow::rank, Comparator.nullsLast(Comparator.naturalOrder())));
        inMemory.put(RankingSortKey.UNIT, Comparator.comparing(RankingRow::unitName));
        inMemory.put(RankingSortKey.CATEGORY, Comparator.comparing(RankingRow::category));
        inMemory.put(RankingSortKey.VALUE, Comparator.comparing(RankingRow::value, Comparator.nullsLast(Comparator.naturalOrder())));
        inMemory.put(RankingSortKey.CHANGE, Comparator.comparing(RankingRow::change, Comparator.nullsLast(Comparator.naturalOrder())));
        inMemory.put(RankingSortKey.RELATIVE_CHANGE, Comparator.comparing(RankingRow::relativeChange, Comparator.nullsLast(Comparator.naturalOrder())));
        inMemory.put(RankingSortKey.RANK_CHANGE, Comparator.comparing(RankingRow::rankChange, Comparator.nullsLast(Comparator.naturalOrder())));
        inMemory.put(RankingSortKey.PERCENTILE, Comparator.comparing(RankingRow::betterThan, Comparator.nullsFirst(Comparator.naturalOrder())));
        assertThat(inMemory).hasSize(RankingSortKey.values().length);

        for (CompareMetric metric : List.of(CompareMetric.EXECUTION_RATE, CompareMetric.EXECUTED, CompareMetric.POINTS_LOST)) {
            for (String category : java.util.Arrays.asList(null, "街道/镇")) {
                List<RankingRow> all = service.ranking(metric, 2023, category);
                for (var e : inMemory.entrySet()) {
                    for (boolean descending : List.of(false, true)) {
                        Comparator<RankingRow> c = descending ? e.getValue().reversed() : e.getValue();
                        List<RankingRow> expected = all.stream().sorted(c).toList();
                        assertThat(service.ranking(metric, 2023, category, new RankingOrder(e.getKey(), descending), 0, 100))
                                .as("%s %s %s %s", metric, category, e.getKey(), descending ? "desc" : "asc")
                                .extracting(RankingRow::unitCode)
                                .containsExactlyElementsOf(expected.stream().map(RankingRow::unitCode).toList());
                    }
                }
            }
        }
    }

    @Test
    void the_unit_picker_lists_the_ranking_then_chosen_units_outside_it_in_the_order_chosen() {
        CompareFilter streets = new CompareFilter(CompareMetric.EXECUTION_RATE, 2023, 2022, 2023, "街道/镇", List.of("p1", "s4", "g2"));

        assertThat(service.lineUnitChoices(streets, null, 0, 50)).extracting(UnitRef::unitCode)
                .containsExactly("s1", "s2", "s4", "s3", "p1", "g2");
        assertThat(service.countLineUnitChoices(streets, null)).isEqualTo(6);
        assertThat(service.lineUnitChoices(streets, "", 2, 3)).extracting(UnitRef::unitCode).containsExactly("s4", "s3", "p1");
        assertThat(service.lineUnitChoices(streets, null, 0, 50).get(0)).isEqualTo(new UnitRef("s1", "东街街道办事处", "街道/镇"));

        CompareFilter all = new CompareFilter(CompareMetric.EXECUTION_RATE, 2022, 2022, 2023, null, null);
        // 北山镇 (s4) has no 2022 report: it is not in the ranking, so not offered
        assertThat(service.lineUnitChoices(all, null, 0, 50)).extracting(UnitRef::unitCode)
                .containsExactly("p1", "g2", "s2", "g1", "s1", "s3");
    }

    @Test
    void the_unit_picker_searches_names_and_codes_in_sql_case_insensitively() {
        CompareFilter f = new CompareFilter(CompareMetric.EXECUTION_RATE, 2023, 2022, 2023, null, null);

        assertThat(service.lineUnitChoices(f, "街道", 0, 50)).extracting(UnitRef::unitCode).containsExactly("s1", "s2");
        assertThat(service.countLineUnitChoices(f, "街道")).isEqualTo(2);
        assertThat(service.lineUnitChoices(f, " G1 ", 0, 50)).extracting(UnitRef::unitName).containsExactly("测试区财政局");
        assertThat(service.lineUnitChoices(f, "测试区", 1, 1)).extracting(UnitRef::unitCode).containsExactly("g2");
        assertThat(service.countLineUnitChoices(f, "测试区")).isEqualTo(3);
        // wildcards are taken literally
        assertThat(service.lineUnitChoices(f, "%", 0, 50)).isEmpty();
        assertThat(service.countLineUnitChoices(f, "_")).isZero();
    }

    private static RankingRow row(List<RankingRow> rows, String unitCode) {
        return rows.stream().filter(r -> r.unitCode().equals(unitCode)).findFirst().orElseThrow();
    }
}
