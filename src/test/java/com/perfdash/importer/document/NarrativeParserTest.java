package com.perfdash.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.grid.Paragraph;
import com.perfdash.importer.grid.StatedValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The narrative parser on the seed's text (as Word, in both layouts) and on the ways sentences are written. */
class NarrativeParserTest {

    @TempDir
    Path dir;

    private final NarrativeParser parser = new NarrativeParser();

    private Narrative seed(boolean second) {
        Path file = second ? SeedWord.writeSecondLayout(dir.resolve("seed-2.docx")) : SeedWord.write(dir.resolve("seed.docx"));
        return parser.parse(new DocxReader().read(file, file.getFileName().toString(), ImportLimits.DEFAULT).paragraphs());
    }

    private static Narrative parse(String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(paragraphs[i], CellRef.inDocument("r.docx", "正文", i + 1, null)));
        }
        return new NarrativeParser().parse(ps);
    }

    private static Map<String, String> values(Narrative n) {
        return n.reportFields().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
    }

    @Test
    void seed_text_gives_every_budget_figure_with_its_sentence_and_paragraph() {
        Narrative n = seed(false);
        Map<String, String> v = values(n);

        assertThat(v).containsEntry("title", "2020年度中共株洲市荷塘区委办公室绩效自评报告")
                .containsEntry("fiscal_year", "2020")
                .containsEntry("unit_name", "中共株洲市荷塘区委办公室")
                .containsEntry("income_total", "516.66")
                .containsEntry("income_initial", "457.18")
                .containsEntry("income_adjustment", "17.07")
                .containsEntry("income_other", "0")
                .containsEntry("expenditure_total", "516.66")
                .containsEntry("expenditure_basic", "580.92")
                .containsEntry("expenditure_project", "38.1")
                .containsEntry("expenditure_balance", "10.13")
                .containsEntry("initial_projects_adjustment", "53.25")
                .containsEntry("initial_projects_actual", "146.25")
                .containsEntry("initial_projects_carryover", "0")
                .containsEntry("midyear_projects_budget", "0")
                .containsEntry("midyear_projects_actual", "0")
                .containsEntry("midyear_projects_carryover", "0")
                .doesNotContainKey("income_carryover");
        StatedValue income = n.reportFields().get("income_initial");
        assertThat(income.stated()).isEqualTo("2020 年度预算收入 516.66 万元，其中年初预算 457.18 万元，调整追加 17.07 万元。其他资金来源 0 万元。");
        assertThat(income.source()).isEqualTo(CellRef.inDocument("seed.docx", "正文", 15, null));
        assertThat(income.lowConfidence()).isFalse();
        assertThat(n.reportFields().get("income_text").value()).isEqualTo(income.stated());
        assertThat(n.reportFields().get("expenditure_text").value())
                .isEqualTo("2020 度年支出 516.66 万元，其中基本支出 580.92 万元，项目支出 38.1万元，结余结转 10.13 万元。");
        assertThat(n.reportFields().values()).noneMatch(StatedValue::lowConfidence);
        assertThat(n.issues()).isEmpty();
    }

    @Test
    void seed_text_gives_eleven_duties_the_sections_and_the_eight_projects() {
        Narrative n = seed(false);

        List<Narrative.Text> duties = n.texts().stream().filter(t -> t.section().equals("duty")).toList();
        assertThat(duties).hasSize(11);
        assertThat(duties.get(0).body()).isEqualTo("负责及时、准确、全面地向中央和省、市、区委报送信息，反映有关动态。");
        assertThat(duties.get(10).body()).isEqualTo("完成区委、区政府交办的其他工作。");
        assertThat(duties).extracting(Narrative.Text::seq).startsWith(1, 2, 3).endsWith(11);
        Map<String, Narrative.Text> bySection = n.texts().stream().filter(t -> !t.section().equals("duty"))
                .collect(Collectors.toMap(Narrative.Text::section, Function.identity()));
        assertThat(bySection).containsOnlyKeys("performance", "project_performance", "problems", "other");
        assertThat(bySection.get("performance").body()).startsWith("2020 年度，荷塘区委办公室系统在区委的坚强领导下")
                .endsWith("主动回应群众美好生活期盼。");
        assertThat(bySection.get("performance").body().split("\n")).hasSize(5);
        assertThat(bySection.get("project_performance").body().split("\n")).hasSize(18);
        assertThat(bySection.get("problems").body()).startsWith("2020 年度绩效管理上取得了一定成绩").endsWith("最大限度发挥财政资金使用效能。");
        assertThat(bySection.get("other").body()).isEqualTo("附件：1-1.2020 年度部门整体支出绩效自评表1-2.2020 年度项目支出绩效自评表");

        assertThat(n.projects()).extracting(Narrative.Project::name).containsExactly("《荷塘年鉴》编纂发行项目", "全面深化改革项目",
                "区委党史项目", "区委财经项目", "小康创建巩固项目", "区委外事、港澳、对台项目", "区委机要项目", "区委中心项目");
        assertThat(n.projects()).extracting(p -> p.budget().value()).containsExactly("9", "21", "4.5", "4.5", "4.5", "9", "9", "31.5");
        assertThat(n.projects()).extracting(p -> p.actual().value()).containsExactly("9", "21", "4.5", "4.5", "4.5", "9", "9", "31.5");
        assertThat(n.projects().stream().map(p -> new java.math.BigDecimal(p.budget().value())).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo("93");
        assertThat(n.projects()).allMatch(p -> p.kind().equals("initial") && p.carryover() == null);
        assertThat(n.projects().get(0).purpose()).isEqualTo("根据省、市文件完成好“一年一鉴”公开出版发行的要求，用于《荷塘区年鉴（2020）》编纂、印刷及公开出版。");
        assertThat(n.projects().get(7).actual().stated()).startsWith("项目支出 31.5 万元，主要用于围绕区委的中心工作");
    }

    @Test
    void second_layout_joins_the_budget_sentence_broken_over_two_paragraphs() {
        Narrative n = seed(true);

        assertThat(values(n)).containsEntry("income_total", "516.66").containsEntry("income_initial", "457.18")
                .containsEntry("income_adjustment", "17.07").containsEntry("income_other", "0");
        StatedValue adjustment = n.reportFields().get("income_adjustment");
        assertThat(adjustment.stated()).isEqualTo("2020 年度预算收入 516.66 万元，其中年初预算 457.18 万元，调整追加 17.07 万元。其他资金来源 0 万元。");
        // 17.07 stands in the second of the two paragraphs, 516.66 in the first
        assertThat(adjustment.source().row()).isEqualTo(16);
        assertThat(n.reportFields().get("income_total").source().row()).isEqualTo(15);
        assertThat(n.projects()).hasSize(8);
    }

    @Test
    void full_width_digits_radical_look_alikes_yuan_and_thousands_separators_are_read_as_wan_yuan() {
        Narrative n = parse("2021 年度预算收入 １，２３４，５６７.８ 元，其中年初预算 1.2 亿元，调整追加 3,000 万元。",
                "支出 5166600 元，其中基本支出 100 万元，项目支出 ⼀⽂ 0 万元，结余结转 0.5 万元。");
        Map<String, String> v = values(n);

        assertThat(v).containsEntry("income_total", "123.45678").containsEntry("income_initial", "12000")
                .containsEntry("income_adjustment", "3000").containsEntry("expenditure_total", "516.66")
                .containsEntry("expenditure_basic", "100").containsEntry("expenditure_balance", "0.5");
        assertThat(TextNormalizer.normalize("⼀⽂⻓⻔")).isEqualTo("一文长门");
        assertThat(TextNormalizer.normalize("调整追加１７．０７万元")).isEqualTo("调整追加17.07万元");
    }

    @Test
    void a_figure_found_by_a_loose_rule_is_marked_low_confidence_with_a_note() {
        Narrative n = parse("2022 年度预算收入合计约为人民币 88.5 万元，其中年初预算 80 万元。");

        StatedValue total = n.reportFields().get("income_total");
        assertThat(total.value()).isEqualTo("88.5");
        assertThat(total.lowConfidence()).isTrue();
        assertThat(n.reportFields().get("income_initial").lowConfidence()).isFalse();
        assertThat(n.issues()).singleElement().satisfies(i -> {
            assertThat(i.error()).isFalse();
            assertThat(i.text()).isEqualTo(ImportText.NOTE_LOOSE_SENTENCE);
            assertThat(i.where().row()).isEqualTo(1);
        });
    }

    @Test
    void an_amount_without_a_unit_is_read_but_marked_low_confidence() {
        Narrative n = parse("2022 年度预算收入 88.5，其中年初预算 80 万元。");

        assertThat(n.reportFields().get("income_total").value()).isEqualTo("88.5");
        assertThat(n.reportFields().get("income_total").lowConfidence()).isTrue();
    }

    @Test
    void a_word_broken_over_two_lines_is_joined_before_reading() {
        Narrative n = parse("2022 年度预算收入 10 万元，其中年初预算 8 万元，调整追", "加 2 万元。", "一、下一节");

        assertThat(values(n)).containsEntry("income_adjustment", "2");
        assertThat(n.reportFields().get("income_adjustment").source().row()).isEqualTo(2);
    }
}
