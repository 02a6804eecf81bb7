package com.perfdash.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real 2020 report of 中共株洲市荷塘区委办公室 comes back exactly as the report states it. */
class SeedReportLoadTest {

    private static TestDatabase db;

    @BeforeAll
    static void load() {
        db = TestDatabase.loadedFrom(TestDatabase.DATA);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The seed report's id and table ids, as SQL sub-queries. */
    private static final String SEED = "(SELECT report_id FROM report WHERE unit_code = 'zz-hetang-qwbgs')";
    private static final String SEED_TABLES = "(SELECT table_id FROM eval_table WHERE report_id IN " + SEED + ")";

    private static Map<String, Object> row(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().one());
    }

    private static <T> List<T> list(String sql, Class<T> type) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(type).list());
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    /** An amount in 万元 as the model stores it: DECIMAL(18,4), so four decimals whatever the report printed. */
    private static BigDecimal amount(String s) {
        return new BigDecimal(s).setScale(4);
    }

    @Test
    void the_seed_unit_has_exactly_its_one_real_year() {
        assertThat(list("SELECT fiscal_year FROM report WHERE unit_code = 'zz-hetang-qwbgs'", Integer.class)).containsExactly(2020);
        Map<String, Object> r = row("SELECT u.unit_name, u.category, r.source_kind, r.source_file, r.data_file FROM report r "
                + "JOIN unit u USING (unit_code) WHERE unit_code = 'zz-hetang-qwbgs'");
        assertThat(r).containsEntry("unit_name", "中共株洲市荷塘区委办公室").containsEntry("category", "党委部门")
                .containsEntry("source_kind", "real").containsEntry("data_file", "seed/reports.csv");
        assertThat((String) r.get("source_file")).isEqualTo("source/2020-zz-hetang-qwbgs.txt");
    }

    @Test
    void income_and_expenditure_are_stored_as_stated_contradictions_included() {
        Map<String, Object> r = row("SELECT * FROM report WHERE unit_code = 'zz-hetang-qwbgs' AND fiscal_year = 2020");
        assertThat(r.get("income_total")).isEqualTo(amount("516.66"));
        assertThat(r.get("income_initial")).isEqualTo(amount("457.18"));
        assertThat(r.get("income_adjustment")).isEqualTo(amount("17.07"));
        assertThat(r.get("income_other")).isEqualTo(amount("0.00"));
        assertThat(r.get("income_carryover")).isNull();
        assertThat(r.get("expenditure_total")).isEqualTo(amount("516.66"));
        assertThat(r.get("expenditure_basic")).isEqualTo(amount("580.92"));
        assertThat(r.get("expenditure_project")).isEqualTo(amount("38.10"));
        assertThat(r.get("expenditure_balance")).isEqualTo(amount("10.13"));
        assertThat(r.get("initial_projects_adjustment")).isEqualTo(amount("53.25"));
        assertThat(r.get("initial_projects_actual")).isEqualTo(amount("146.25"));
        assertThat(r.get("midyear_projects_budget")).isEqualTo(amount("0.00"));
        assertThat((String) r.get("expenditure_text")).startsWith("2020 度年支出 516.66 万元，其中基本支出 580.92 万元");
    }

    @Test
    void the_eight_projects_come_back_with_their_amounts() {
        assertThat(list("SELECT p.project_name || '=' || p.budget FROM project p JOIN report r USING (report_id) "
                + "WHERE r.unit_code = 'zz-hetang-qwbgs' ORDER BY p.seq", String.class)).containsExactly(
                "《荷塘年鉴》编纂发行项目=9.0000", "全面深化改革项目=21.0000", "区委党史项目=4.5000", "区委财经项目=4.5000",
                "小康创建巩固项目=4.5000", "区委外事、港澳、对台项目=9.0000", "区委机要项目=9.0000", "区委中心项目=31.5000");
        assertThat(list("SELECT sum(budget) FROM project JOIN report r USING (report_id) WHERE r.unit_code = 'zz-hetang-qwbgs'",
                BigDecimal.class)).containsExactly(amount("93.00"));
        assertThat(list("SELECT DISTINCT kind FROM project WHERE report_id IN " + SEED, String.class)).containsExactly("initial");
    }

    @Test
    void the_whole_unit_table_has_its_funds_rows_total_score_and_grade() {
        Map<String, Object> t = row("SELECT t.* FROM eval_table t JOIN report r USING (report_id) WHERE r.unit_code = 'zz-hetang-qwbgs' AND t.table_no = 0");
        assertThat(t.get("total_score")).isEqualTo(money("92.00"));
        assertThat(t.get("grade")).isEqualTo("优");
        assertThat(t.get("total_weight")).isEqualTo(money("100.00"));
        assertThat(list("SELECT row_kind || ':' || coalesce(initial_budget::VARCHAR, '-') || '/' || coalesce(full_year_budget::VARCHAR, '-') || '/'"
                + " || coalesce(executed::VARCHAR, '-') || '/' || coalesce(weight::VARCHAR, '-') || '/' || coalesce(execution_rate_pct::VARCHAR, '-')"
                + " || '/' || coalesce(score::VARCHAR, '-') FROM funds_row WHERE table_id = " + t.get("table_id") + " ORDER BY row_kind", String.class))
                .containsExactly(
                        "appropriation:457.1800/516.6600/-/-/-/-",
                        "carryover:-/10.2500/-/-/-/-",
                        "other:-/-/-/-/-/-",
                        "total:457.1800/516.6600/516.6600/10.00/100.00/10.00");
        assertThat(list("SELECT level1 || '=' || cap FROM indicator_level1 WHERE table_id = " + t.get("table_id") + " ORDER BY seq", String.class))
                .containsExactly("产出指标=50.00", "效益指标=30.00", "满意度指标=10.00");
    }

    @Test
    void the_democratic_supervision_project_table_keeps_its_figures() {
        Map<String, Object> t = row("SELECT t.* FROM eval_table t JOIN report r USING (report_id) WHERE r.unit_code = 'zz-hetang-qwbgs' AND t.table_no = 1");
        assertThat(t).containsEntry("kind", "project").containsEntry("project_name", "民主监督经费")
                .containsEntry("spending_direction", "民主监督").containsEntry("period", "长期").containsEntry("grade", "优");
        assertThat(t.get("total_investment")).isEqualTo(amount("4.15"));
        assertThat(t.get("total_score")).isEqualTo(money("100.00"));
        Map<String, Object> total = row("SELECT * FROM funds_row WHERE row_kind = 'total' AND table_id = " + t.get("table_id"));
        assertThat(total.get("initial_budget")).isEqualTo(amount("2.60"));
        assertThat(total.get("full_year_budget")).isEqualTo(amount("4.15"));
        assertThat(total.get("executed")).isEqualTo(amount("4.15"));
        assertThat(list("SELECT sum(weight) || '/' || sum(score) FROM indicator WHERE table_id = " + t.get("table_id"), String.class))
                .containsExactly("100.00/100.00");
    }

    @Test
    void every_indicator_row_keeps_its_texts_weight_and_score() {
        List<String> rows = list("SELECT t.table_no || '|' || i.level1 || '|' || i.level2 || '|' || i.level3 || '|' || coalesce(i.target_text, '') || '|'"
                + " || coalesce(i.actual_text, '') || '|' || i.weight::INTEGER || '|' || i.score::INTEGER FROM indicator i JOIN eval_table t USING (table_id)"
                + " JOIN report r USING (report_id) WHERE r.unit_code = 'zz-hetang-qwbgs' ORDER BY t.table_no, i.seq", String.class);
        assertThat(rows).containsExactly(
                "0|产出指标|数量指标|密切“四大家” 办公室协调衔接。|4 次|4 次|5|5",
                "0|产出指标|数量指标|开展帮扶|4 次|4 次|5|4",
                "0|产出指标|数量指标|召开工作会议|20 次|24 次|5|5",
                "0|产出指标|数量指标|学习培训|10 次|15 次|5|4",
                "0|产出指标|质量指标|事项完成率|100%|95%|10|9",
                "0|产出指标|时效指标|按时按质完成|2020 年 1|2020 年1 月|10|10",
                "0|产出指标|成本指标|成本控制数|491.38 万元|491.38 万元|10|9",
                "0|效益指标|经济效益指标|保护企业复工复产|确保工厂开工，企业、个体工|持续保持|10|9",
                "0|效益指标|社会效益指标|广泛凝聚人心, 不断增进共识|持续履行“幸福荷塘”系列民生行动|继续保持， 有所创新|10|9",
                "0|效益指标|生态效益指标|始终围绕中心、服务大局。|整合全区力量资源谋发展|有所提升|5|4",
                "0|效益指标|可持续影响指标|积极整合资源、完善平台、创新手段,推动各领域工作取得新 的进展。|长期|有所提升|5|5",
                "0|满意度指标|服务对象满意度指|民众满意率|≥95%|≥95%|10|9",
                "1|产出指标|数量指标|解决 98 个重点项目问题|50 件|98 件|10|10",
                "1|产出指标|数量指标|政务服务精准高效|11 万件|11.8 万件|10|10",
                "1|产出指标|质量指标|培育人才|长期|持续培养。|10|10",
                "1|产出指标|时效指标|《荷塘工作》起草|2020 年 1 月-12 月|2020 年 1 月-12 月|10|10",
                "1|产出指标|成本指标|成本控制数|491.38 万元|491.38 万元|10|10",
                "1|效益指标|经济效益指标|经济效益指标|保护企业复工复产|确保工厂开工，企业、个体工商户继续营业|10|10",
                "1|效益指标|社会效益指标|广泛凝聚人心,不断增进共识|持续履行“幸福荷 塘”系列民生行动|继续保持， 有所创新|10|10",
                "1|效益指标|生态效益指标|无|无|有所提升|10|10",
                "1|效益指标|可持续影响指标|感受到党和政府的关心和温暖|长期|有所提升|10|10",
                "1|满意度指标|服务对象满意度指标|民众满意率|95%|95%|10|10");
    }

    @Test
    void single_quantity_texts_are_parsed_and_others_are_left_as_text() {
        assertThat(list("SELECT target_cmp || ' ' || target_value || ' ' || target_unit FROM indicator WHERE table_id IN " + SEED_TABLES + " AND target_text IN ('≥95%', '491.38 万元', '11 万件') ORDER BY table_id, seq", String.class))
                .containsExactly("= 491.3800 万元", "≥ 95.0000 %", "= 11.0000 万件", "= 491.3800 万元");
        assertThat(list("SELECT count(*) FROM indicator WHERE table_id IN " + SEED_TABLES + " AND target_text IN ('长期', '2020 年 1 月-12 月', '无') AND target_value IS NULL", Long.class))
                .containsExactly(5L);
    }

    @Test
    void the_narrative_keeps_eleven_duties_and_every_section() {
        assertThat(list("SELECT section || ':' || count(*) FROM report_text WHERE report_id IN " + SEED + " GROUP BY section ORDER BY section", String.class))
                .containsExactly("duty:11", "other:1", "performance:1", "problems:1", "project_performance:1");
        assertThat(list("SELECT body FROM report_text WHERE report_id IN " + SEED + " AND section = 'duty' AND seq = 1", String.class).get(0))
                .startsWith("负责及时、准确、全面地向中央和省、市、区委报送信息");
        assertThat(list("SELECT body FROM report_text WHERE report_id IN " + SEED + " AND section = 'problems'", String.class).get(0))
                .contains("行政运作经费不均衡");
        assertThat(list("SELECT count(*) FROM goal g JOIN eval_table t USING (table_id) WHERE t.report_id IN " + SEED + " AND t.table_no = 0", Long.class)).containsExactly(3L);
    }

    @Test
    void the_metric_view_reads_the_funds_total_row() {
        Map<String, Object> m = row("SELECT * FROM report_metrics WHERE unit_code = 'zz-hetang-qwbgs'");
        assertThat(m.get("full_year_budget")).isEqualTo(amount("516.66"));
        assertThat(m.get("executed")).isEqualTo(amount("516.66"));
        assertThat((Double) m.get("execution_rate")).isEqualTo(1.0);
        assertThat(m.get("project_funding")).isEqualTo(amount("93.00"));
        assertThat(m.get("total_score")).isEqualTo(money("92.00"));
    }
}
