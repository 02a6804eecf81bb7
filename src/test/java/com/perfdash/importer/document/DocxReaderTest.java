package com.perfdash.importer.document;

import static com.perfdash.importer.document.DocumentFixtures.row;
import static com.perfdash.importer.document.WordXml.p;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import com.perfdash.importer.grid.Paragraph;
import com.perfdash.importer.grid.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word reader: the seed report written as Word in two layouts, and the XML cases real documents hold. */
class DocxReaderTest {

    @TempDir
    Path dir;

    private SourceDocument read(Path file) {
        return new DocxReader().read(file, file.getFileName().toString(), ImportLimits.DEFAULT);
    }

    private SourceDocument body(String xml) {
        return read(WordXml.write(dir.resolve("t.docx"), xml));
    }

    @Test
    void seed_as_word_gives_its_paragraphs_and_both_tables_with_the_paper_merges() {
        SourceDocument doc = read(SeedWord.write(dir.resolve("seed.docx")));

        assertThat(doc.format()).isEqualTo("docx");
        assertThat(doc.issues()).isEmpty();
        List<String> texts = doc.paragraphs().stream().map(Paragraph::text).toList();
        assertThat(texts.get(0)).isEqualTo("2020年度中共株洲市荷塘区委办公室绩效自评报告");
        assertThat(texts).contains("2020 年度预算收入 516.66 万元，其中年初预算 457.18 万元，调整追加 17.07 万元。其他资金来源 0 万元。",
                "2020 度年支出 516.66 万元，其中基本支出 580.92 万元，项目支出 38.1万元，结余结转 10.13 万元。",
                SeedWord.NOTE_1, SeedWord.NOTE_2);
        assertThat(texts).filteredOn(t -> t.startsWith("（")).hasSize(11 + 2 + 8);
        Paragraph income = doc.paragraphs().stream().filter(x -> x.text().startsWith("2020 年度预算收入")).findFirst().orElseThrow();
        assertThat(income.source().sheet()).isEqualTo("正文");
        assertThat(income.source().row()).isEqualTo(15);

        assertThat(doc.grids()).extracting(Grid::name).containsExactly("表格 1", "表格 2");
        Grid unit = doc.grids().get(0);
        assertThat(unit.rowCount()).isEqualTo(22);
        assertThat(unit.columnCount()).isEqualTo(9);
        assertThat(row(unit, 0)).containsExactly("0[1x3]=部门名称", "3[1x6]=中共株洲市荷塘区委办公室");
        assertThat(row(unit, 1)).containsExactly("0[5x1]=资金情况/（万元）", "1[1x2]=年度资金总额", "3[1x1]=年初预算数", "4[1x1]=全年预算数",
                "5[1x1]=全年执行数", "6[1x1]=分值", "7[1x1]=执行率", "8[1x1]=得分（分值×执行率）");
        assertThat(row(unit, 2)).containsExactly("1[1x2]=合计", "3[1x1]=457.18", "4[1x1]=516.66", "5[1x1]=516.66", "6[1x1]=10",
                "7[1x1]=100%", "8[1x1]=10");
        assertThat(row(unit, 4)).containsExactly("1[1x2]=上年结转资金", "3[1x1]=", "4[1x1]=10.25", "5[1x1]=", "6[1x1]=", "7[1x1]=", "8[1x1]=");
        assertThat(row(unit, 8)).containsExactly("0[13x1]=绩效指标", "1[1x1]=一级指标", "2[1x1]=二级指标", "3[1x1]=三级指标", "4[1x1]=年度指标值",
                "5[1x1]=实际完成值", "6[1x1]=分值", "7[1x1]=得分", "8[1x1]=偏差原因分析及改进措施");
        assertThat(row(unit, 9)).containsExactly("1[7x1]=产出指标(50 分)", "2[4x1]=数量指标", "3[1x1]=密切“四大家” 办公室协调衔接。", "4[1x1]=4 次",
                "5[1x1]=4 次", "6[1x1]=5", "7[1x1]=5", "8[1x1]=");
        assertThat(row(unit, 10)).containsExactly("3[1x1]=开展帮扶", "4[1x1]=4 次", "5[1x1]=4 次", "6[1x1]=5", "7[1x1]=4", "8[1x1]=");
        assertThat(row(unit, 16)).containsExactly("1[4x1]=效益指标/（30 分）", "2[1x1]=经济效益指标", "3[1x1]=保护企业复工复产",
                "4[1x1]=确保工厂开工，企业、个体工", "5[1x1]=持续保持", "6[1x1]=10", "7[1x1]=9", "8[1x1]=");
        assertThat(row(unit, 20)).containsExactly("1[1x1]=满意度指标/（10 分）", "2[1x1]=服务对象满意度指", "3[1x1]=民众满意率", "4[1x1]=≥95%",
                "5[1x1]=≥95%", "6[1x1]=10", "7[1x1]=9", "8[1x1]=");
        assertThat(row(unit, 21)).containsExactly("0[1x6]=总分", "6[1x1]=100", "7[1x1]=92", "8[1x1]=等级：优");
        // the indicator scores as the table prints them: 12 rows summing, with the funds' 10, to 92
        int sum = 10;
        for (int r = 9; r <= 20; r++) {
            sum += Integer.parseInt(unit.text(r, 7));
        }
        assertThat(sum).isEqualTo(92);
        GridCell score = unit.at(21, 7);
        assertThat(score.source()).isEqualTo(com.perfdash.importer.CellRef.inDocument("seed.docx", "表格 1", 22, "8"));

        Grid project = doc.grids().get(1);
        assertThat(project.rowCount()).isEqualTo(23);
        assertThat(row(project, 1)).containsExactly("0[2x1]=项目支出名称", "1[1x2]=专项名称", "3[1x2]=民主监督经费", "5[1x2]=项目总投资（万元）", "7[1x2]=4.15");
        assertThat(row(project, 5)).containsExactly("1[1x2]=合计", "3[1x1]=2.6", "4[1x1]=4.15", "5[1x1]=4.15", "6[1x1]=10", "7[1x1]=100%", "8[1x1]=10");
        assertThat(row(project, 11)).startsWith("0[11x1]=绩效指标");
        assertThat(row(project, 17)).containsExactly("1[4x1]=效益指标/（30 分）", "2[1x1]=经济效益指标", "3[1x1]=经济效益指标", "4[1x1]=保护企业复工复产",
                "5[1x1]=确保工厂开工，企业、个体工商户继续营业", "6[1x1]=10", "7[1x1]=10", "8[1x1]=");
        assertThat(row(project, 22)).containsExactly("0[1x6]=总分", "6[1x1]=100", "7[1x1]=100", "8[1x1]=等级：优");
        int weights = 10;
        for (int r = 12; r <= 21; r++) {
            weights += Integer.parseInt(project.text(r, 6));
        }
        assertThat(weights).isEqualTo(110);
    }

    @Test
    void second_layout_joins_the_table_split_over_a_page_and_drops_its_repeated_header() {
        SourceDocument doc = read(SeedWord.writeSecondLayout(dir.resolve("seed-2.docx")));

        assertThat(doc.issues()).singleElement().satisfies(i -> {
            assertThat(i.error()).isFalse();
            assertThat(i.text()).isEqualTo(ImportText.NOTE_TABLE_JOINED);
            assertThat(i.args()).containsExactly("表格 2", "表格 1", "1");
        });
        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .contains("2020 年度预算收入 516.66 万元，其中年初预算 457.18 万元，调整追", "加 17.07 万元。其他资金来源 0 万元。");
        assertThat(doc.grids()).extracting(Grid::name).containsExactly("表格 1", "表格 3");
        Grid unit = doc.grids().get(0);
        assertThat(unit.rowCount()).isEqualTo(22);
        assertThat(row(unit, 2)).containsExactly("1[1x2]=合计", "3[1x1]=457.18 万元", "4[1x1]=516.66 万元", "5[1x1]=516.66 万元", "6[1x1]=10",
                "7[1x1]=100%", "8[1x1]=10");
        // 绩效指标 runs on over the page break: its merge continues in the second part
        assertThat(row(unit, 8)).startsWith("0[13x1]=绩效指标", "1[1x1]=一级指标");
        assertThat(row(unit, 12)).containsExactly("1[1x1]=产出指标(50 分)", "3[1x1]=学习培训", "4[1x1]=10 次", "5[1x1]=15 次", "6[1x1]=5",
                "7[1x1]=4", "8[1x1]=");
        assertThat(row(unit, 13)).containsExactly("1[1x1]=产出指标(50 分)", "2[1x1]=质量指标", "3[1x1]=事项完成率", "4[1x1]=100%", "5[1x1]=95%",
                "6[1x1]=10", "7[1x1]=9", "8[1x1]=");
        assertThat(row(unit, 21)).containsExactly("0[1x6]=总分", "6[1x1]=100", "7[1x1]=92", "8[1x1]=等级：优");
        // the rows after the break keep their place in the Word file: the second table's row 2
        assertThat(unit.at(13, 3).source()).isEqualTo(com.perfdash.importer.CellRef.inDocument("seed-2.docx", "表格 2", 2, "4"));
        assertThat(unit.text(20, 0)).isEqualTo("绩效指标");
    }

    @Test
    void vertical_merge_is_matched_by_grid_column_after_grid_before_and_a_bare_vmerge_continues() {
        String tc = "<w:tc><w:tcPr>%s</w:tcPr>" + p("%s") + "</w:tc>";
        String xml = "<w:tbl><w:tblGrid><w:gridCol w:w='1000'/><w:gridCol w:w='1000'/><w:gridCol w:w='1000'/></w:tblGrid>"
                + "<w:tr>" + tc.formatted("", "A") + tc.formatted("<w:vMerge w:val='restart'/>", "B") + tc.formatted("", "C") + "</w:tr>"
                // gridBefore 1: this row's first cell stands in column 1, under B, and continues it
                + "<w:tr><w:trPr><w:gridBefore w:val='1'/></w:trPr>" + tc.formatted("<w:vMerge/>", "") + tc.formatted("", "c2") + "</w:tr>"
                + "<w:tr>" + tc.formatted("<w:gridSpan w:val='2'/>", "wide") + tc.formatted("", "c3") + "</w:tr>"
                + "</w:tbl>";
        Grid g = body(xml.replace('\'', '"')).grids().get(0);

        assertThat(row(g, 0)).containsExactly("0[1x1]=A", "1[2x1]=B", "2[1x1]=C");
        assertThat(row(g, 1)).containsExactly("2[1x1]=c2");
        assertThat(row(g, 2)).containsExactly("0[1x2]=wide", "2[1x1]=c3");
        assertThat(g.text(1, 1)).isEqualTo("B");
        assertThat(g.at(1, 0)).isNull();
    }

    @Test
    void legacy_hmerge_widens_the_cell_to_its_left() {
        String xml = "<w:tbl><w:tr>"
                + "<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>" + p("总分") + "</w:tc>"
                + "<w:tc><w:tcPr><w:hMerge/></w:tcPr>" + p("") + "</w:tc>"
                + "<w:tc>" + p("92") + "</w:tc></w:tr></w:tbl>";
        Grid g = body(xml).grids().get(0);

        assertThat(row(g, 0)).containsExactly("0[1x2]=总分", "2[1x1]=92");
    }

    @Test
    void rows_and_cells_in_content_controls_and_custom_xml_are_read() {
        String xml = "<w:tbl>"
                + "<w:tr><w:tc>" + p("分值") + "</w:tc>"
                + "<w:sdt><w:sdtPr/><w:sdtContent><w:tc>" + p("得分") + "</w:tc></w:sdtContent></w:sdt></w:tr>"
                + "<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc>" + p("10") + "</w:tc><w:tc>" + p("9") + "</w:tc></w:tr></w:sdtContent></w:sdt>"
                + "<w:customXml w:element=\"row\"><w:tr><w:tc>" + p("5") + "</w:tc>"
                + "<w:customXml w:element=\"score\"><w:tc>" + p("4") + "</w:tc></w:customXml></w:tr></w:customXml>"
                + "</w:tbl>"
                + "<w:sdt><w:sdtContent>" + p("控件里的段落") + "</w:sdtContent></w:sdt>";
        SourceDocument doc = body(xml);
        Grid g = doc.grids().get(0);

        assertThat(row(g, 0)).containsExactly("0[1x1]=分值", "1[1x1]=得分");
        assertThat(row(g, 1)).containsExactly("0[1x1]=10", "1[1x1]=9");
        assertThat(row(g, 2)).containsExactly("0[1x1]=5", "1[1x1]=4");
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("控件里的段落");
    }

    @Test
    void tracked_changes_read_as_accepted() {
        String ins = "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>17.07</w:t></w:r></w:ins>";
        String del = "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>17.70</w:delText></w:r></w:del>";
        String xml = "<w:p><w:r><w:t xml:space=\"preserve\">调整追加 </w:t></w:r>" + del + ins + "<w:r><w:t xml:space=\"preserve\"> 万元</w:t></w:r></w:p>"
                + "<w:tbl>"
                + "<w:tr><w:tc>" + p("开展帮扶") + "</w:tc><w:tc>" + p("4") + "</w:tc></w:tr>"
                + "<w:tr><w:trPr><w:del w:id=\"3\" w:author=\"a\"/></w:trPr><w:tc>" + p("删掉的行") + "</w:tc><w:tc>" + p("1") + "</w:tc></w:tr>"
                + "<w:tr><w:trPr><w:ins w:id=\"4\" w:author=\"a\"/></w:trPr><w:tc>" + p("学习培训") + "</w:tc><w:tc>" + p("4") + "</w:tc></w:tr>"
                + "</w:tbl>";
        SourceDocument doc = body(xml);

        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("调整追加 17.07 万元");
        Grid g = doc.grids().get(0);
        assertThat(g.rowCount()).isEqualTo(2);
        assertThat(row(g, 1)).containsExactly("0[1x1]=学习培训", "1[1x1]=4");
        // the kept row's place is still its row in Word (the deleted one was row 2)
        assertThat(g.at(1, 0).source().row()).isEqualTo(3);
    }

    @Test
    void a_text_box_is_read_once_though_word_stores_it_twice() {
        String box = "<w:txbxContent>" + p("文本框：单位（盖章）") + "</w:txbxContent>";
        String xml = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box
                + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        SourceDocument doc = body(xml);

        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("正文", "文本框：单位（盖章）");
    }

    @Test
    void a_table_inside_a_cell_is_a_grid_of_its_own_after_its_parent() {
        String inner = "<w:tbl><w:tr><w:tc>" + p("一级指标") + "</w:tc><w:tc>" + p("得分") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + p("产出指标") + "</w:tc><w:tc>" + p("46") + "</w:tc></w:tr></w:tbl>";
        String xml = "<w:tbl><w:tr><w:tc>" + p("外层") + inner + p("") + "</w:tc></w:tr></w:tbl>" + p("之后") + "<w:tbl><w:tr><w:tc>"
                + p("另一张") + "</w:tc></w:tr></w:tbl>";
        SourceDocument doc = body(xml);

        assertThat(doc.grids()).extracting(Grid::name).containsExactly("表格 1", "表格 2", "表格 3");
        assertThat(row(doc.grids().get(0), 0)).containsExactly("0[1x1]=外层");
        assertThat(row(doc.grids().get(1), 1)).containsExactly("0[1x1]=产出指标", "1[1x1]=46");
        assertThat(row(doc.grids().get(2), 0)).containsExactly("0[1x1]=另一张");
    }

    @Test
    void a_file_that_is_not_word_gives_a_message_naming_it() throws Exception {
        Path file = dir.resolve("报告.docx");
        Files.writeString(file, "not a zip");
        SourceDocument doc = read(file);

        assertThat(doc.grids()).isEmpty();
        assertThat(doc.issues()).singleElement().satisfies(i -> {
            assertThat(i.error()).isTrue();
            assertThat(i.where().file()).isEqualTo("报告.docx");
            assertThat(i.text()).isEqualTo(ImportText.NOT_A_WORD_DOCUMENT);
        });
    }
}
