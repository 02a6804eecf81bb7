package com.perfdash.importer.document;

import static com.perfdash.importer.document.DocumentFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import com.perfdash.importer.grid.Paragraph;
import com.perfdash.importer.grid.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web-page reader on government pages as their sites published them (URLs in
 * src/test/resources/real-reports/README.md), asserted cell by cell against each page's HTML.
 */
class HtmlReaderTest {

    @TempDir
    Path dir;

    private SourceDocument read(String name) {
        Path file = DocumentFixtures.copy("/real-reports/html/" + name, dir);
        return new HtmlReader().read(file, name, ImportLimits.DEFAULT);
    }

    /** http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml */
    @Test
    void lingling_bureau_page_gives_its_title_date_line_and_the_whole_unit_table_with_its_spans() {
        SourceDocument doc = read("hn-lingling-lyj-2021-zhengti-partial.html");

        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.issues()).isEmpty();
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                "2021年林业局部门整体支出绩效自评表",
                "您现在所在的位置 : 首页 > 政务 > 政府信息公开年度报告",
                "索引号: 431102009/2022-00132 发文日期: 2022-04-07 发布机构: 零陵区林业局",
                "公开方式: 主动公开 公开范围: 面向社会 主题词:",
                "统一登记号: 信息时效性: 有效 文号 :",
                "2021年林业局部门整体支出绩效自评表",
                "2022-04-07 15:25 来源: 零陵区林业局 发布机构: 零陵区林业局 【字体: 打印");
        assertThat(doc.paragraphs().get(0).source().sheet()).isEqualTo(HtmlReader.TITLE);
        assertThat(doc.paragraphs().get(6).source().sheet()).isEqualTo(HtmlReader.BODY);
        assertThat(doc.paragraphs().get(6).source().row()).isEqualTo(7);
        // a document's parts are named as people call them, not as sheets
        assertThat(doc.paragraphs().get(6).source().place(java.util.Locale.CHINESE)).isEqualTo("正文，第 7 段");
        assertThat(doc.paragraphs().get(6).source().place(java.util.Locale.ENGLISH)).isEqualTo("正文, paragraph 7");
        assertThat(doc.paragraphs().get(0).source().place(java.util.Locale.CHINESE)).isEqualTo("标题，第 1 段");
        assertThat(PublishedDate.of(doc)).get().extracting(PublishedDate::date).isEqualTo(LocalDate.of(2022, 4, 7));

        assertThat(doc.grids()).hasSize(1);
        Grid t = doc.grids().get(0);
        assertThat(t.name()).isEqualTo("表格 1");
        assertThat(t.cells().get(0).source().withColumn("4 全年预算数").place(java.util.Locale.CHINESE))
                .isEqualTo("表格 1，第 1 行，列 4 全年预算数");
        assertThat(t.rowCount()).isEqualTo(26);
        assertThat(t.columnCount()).isEqualTo(8);
        assertThat(row(t, 0)).containsExactly("0[1x8]=部门整体支出绩效自评表");
        assertThat(row(t, 1)).containsExactly("0[1x8]=2021年度)");
        assertThat(row(t, 2)).containsExactly("0[1x2]=级预算单位名称", "2[1x6]=陵区林业局");
        assertThat(row(t, 3)).containsExactly("0[7x1]=年度预/算申请/(万元)", "1[1x1]=", "2[1x1]=年初/预算数", "3[1x1]=全年预算数",
                "4[1x1]=全年/执行数", "5[1x1]=分值", "6[1x1]=执行率", "7[1x1]=得分");
        assertThat(row(t, 4)).containsExactly("1[1x1]=年度资金总额", "2[1x1]=4753.66万元", "3[1x1]=4753.66万元", "4[1x1]=3824.26万元",
                "5[1x1]=10", "6[1x1]=100%", "7[1x1]=10");
        assertThat(row(t, 5)).containsExactly("1[1x3]=按收入性质分:", "4[1x4]=按支出性质分:");
        assertThat(row(t, 6)).containsExactly("1[1x3]=其中: 一般公共预算:1873.66万元", "4[1x4]=其中:基本支出:1768.16万元");
        assertThat(row(t, 7)).containsExactly("1[1x3]=政府性基金拨款:", "4[1x4]=项目支出:2985.5万元");
        assertThat(row(t, 8)).containsExactly("1[1x3]=纳入专户管理的非税收入拨款:", "4[1x4]=");
        assertThat(row(t, 9)).containsExactly("1[1x3]=其他资金:2880万元", "4[1x4]=");
        assertThat(row(t, 10)).containsExactly("0[2x1]=年度总体目标", "1[1x3]=预期目标", "4[1x4]=实际完成情况");
        assertThat(row(t, 12)).containsExactly("0[1x1]=一级指标", "1[1x1]=二级指标", "2[1x1]=三级指标", "3[1x1]=年度/指标值",
                "4[1x1]=实际/完成值", "5[1x1]=分值", "6[1x1]=得分", "7[1x1]=偏差原因/分析及/改进措施");
        assertThat(row(t, 13)).containsExactly("0[9x1]=产出指标/(50)", "1[3x1]=数量/指标", "2[1x1]=造林面积", "3[1x1]=1.2万亩",
                "4[1x1]=1.2万亩", "5[1x1]=10", "6[1x1]=10", "7[1x1]=");
        assertThat(row(t, 14)).containsExactly("2[1x1]=病虫害防治面积", "3[1x1]=3.45万亩", "4[1x1]=3.45万亩", "5[1x1]=7", "6[1x1]=7", "7[1x1]=");
        assertThat(row(t, 21)).containsExactly("2[1x1]=育补助", "3[1x1]=每亩100", "4[1x1]=每亩100", "5[1x1]=6", "6[1x1]=6", "7[1x1]=");
        assertThat(row(t, 22)).containsExactly("0[4x1]=效益指标/30分)", "1[2x1]=经济效/益指标", "2[1x1]=木材销售收入", "3[1x1]=1100万元",
                "4[1x1]=1093万元", "5[1x1]=6", "6[1x1]=5", "7[1x1]=");
        assertThat(row(t, 23)).containsExactly("2[1x1]=林产品收入", "3[1x1]=2.6亿元", "4[1x1]=2.45亿元", "5[1x1]=6", "6[1x1]=5", "7[1x1]=");
        // a position under a rowspan is covered by the merged cell above it
        assertThat(t.text(21, 0)).isEqualTo("产出指标\n(50)");
        assertThat(t.text(21, 1)).isEqualTo("成本\n指标");
        GridCell amount = t.at(4, 4);
        assertThat(amount.source().sheet()).isEqualTo("表格 1");
        assertThat(amount.source().row()).isEqualTo(5);
        assertThat(amount.source().column()).isEqualTo("5");
        assertThat(amount.value()).isNull();
    }

    /** https://www.yongde.gov.cn/info/3003/116104.htm, saved in GBK */
    @Test
    void gbk_page_is_decoded_by_its_meta_charset() throws Exception {
        String name = "yn-yongde-mlzx-2022-yingyang.gbk.html";
        assertThat(Files.readString(DocumentFixtures.copy("/real-reports/html/" + name, dir), java.nio.charset.Charset.forName("GBK")))
                .contains("<meta charset=\"gbk\">");
        SourceDocument doc = read(name);

        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("2022年度项目支出绩效自评表");
        assertThat(PublishedDate.of(doc)).isEmpty();
        Grid t = doc.grids().get(0);
        assertThat(t.rowCount()).isEqualTo(25);
        assertThat(t.columnCount()).isEqualTo(10);
        assertThat(row(t, 1)).containsExactly("0[1x5]=部门:临沧市永德县明朗中学", "5[1x1]=", "6[1x1]=", "7[1x1]=", "8[1x1]=", "9[1x1]=公开14表");
        assertThat(row(t, 2)).containsExactly("0[1x3]=项目名称", "3[1x7]=义务教育营养改善计划专项资金");
        assertThat(row(t, 3)).containsExactly("0[1x3]=主管部门", "3[1x3]=永德县教育体育局", "6[1x2]=实施单位", "8[1x2]=永德县明朗中学");
        assertThat(row(t, 4)).containsExactly("0[5x1]=项目资金/(元)", "1[1x3]=", "4[1x1]=年初预算数", "5[1x1]=全年预算数", "6[1x1]=全年执行数",
                "7[1x1]=分值", "8[1x1]=执行率", "9[1x1]=得分");
        assertThat(row(t, 5)).containsExactly("1[1x3]=年度资金总额", "4[1x1]=", "5[1x1]=387664.62", "6[1x1]=387664.62", "7[1x1]=10",
                "8[1x1]=100%", "9[1x1]=10");
        assertThat(row(t, 6)).containsExactly("1[1x3]=其中:当年财政/拨款", "4[1x1]=", "5[1x1]=387664.62", "6[1x1]=387664.62", "7[1x1]=—",
                "8[1x1]=", "9[1x1]=—");
        // a two-row header: 绩效指标 across three columns over 一级/二级/三级, 实际完成值 … down two rows
        assertThat(row(t, 11)).containsExactly("0[1x3]=绩效指标", "3[1x3]=年度指标值", "6[2x1]=实际完成值", "7[2x1]=分值", "8[2x1]=得分",
                "9[2x1]=偏差原因分析及改进措施");
        assertThat(row(t, 12)).containsExactly("0[1x1]=一级指标", "1[1x1]=二级指标", "2[1x1]=三级指标", "3[1x1]=指标性质", "4[1x1]=指标值",
                "5[1x1]=度量单位");
        assertThat(row(t, 13)).containsExactly("0[4x1]=产出指标", "1[1x1]=数量指标", "2[1x1]=学生受资助人数", "3[1x1]=≧", "4[1x1]=735",
                "5[1x1]=人次", "6[1x1]=735", "7[1x1]=10", "8[1x1]=10", "9[1x1]=");
        assertThat(row(t, 16)).containsExactly("1[1x1]=成本指标", "2[1x1]=生均补助标准达标率", "3[1x1]=═", "4[1x1]=100", "5[1x1]=%",
                "6[1x1]=100%", "7[1x1]=10", "8[1x1]=10", "9[1x1]=");
        assertThat(row(t, 21)).containsExactly("0[2x1]=满意度指标", "1[2x1]=服务对象满意度指标等", "2[1x1]=学生满意度", "3[1x1]=≧", "4[1x1]=95",
                "5[1x1]=%", "6[1x1]=100%", "7[1x1]=10", "8[1x1]=10", "9[1x1]=");
        assertThat(row(t, 22)).containsExactly("2[1x1]=家长满意度", "3[1x1]=≧", "4[1x1]=95", "5[1x1]=%", "6[1x1]=100%", "7[1x1]=10",
                "8[1x1]=10", "9[1x1]=");
        assertThat(row(t, 23)).containsExactly("0[1x3]=其他需要说明事项", "3[1x7]=无");
        assertThat(row(t, 24)).containsExactly("0[1x7]=总分", "7[1x1]=100", "8[1x1]=96", "9[1x1]=优");
    }

    /** http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404 */
    @Test
    void chengan_page_gives_the_information_table_then_the_project_table_with_a_block_spanning_rows_and_columns() {
        SourceDocument doc = read("hb-chengan-mzj-2020-gaoling-partial.html");

        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .containsExactly("成安县民政局2020年度预算项目绩效自评表", "成安县民政局2020年度预算项目绩效自评表");
        PublishedDate date = PublishedDate.of(doc).orElseThrow();
        assertThat(date.date()).isEqualTo(LocalDate.of(2021, 7, 14));
        assertThat(date.stated()).isEqualTo("发布日期: 2021.07.14");
        assertThat(date.source().sheet()).isEqualTo("表格 1");

        assertThat(doc.grids()).extracting(Grid::name).containsExactly("表格 1", "表格 2");
        Grid info = doc.grids().get(0);
        assertThat(row(info, 1)).containsExactly("0[1x1]=发布机构: 民 政 局", "1[1x1]=文号:");
        Grid t = doc.grids().get(1);
        assertThat(t.rowCount()).isEqualTo(19);
        assertThat(t.columnCount()).isEqualTo(12);
        assertThat(row(t, 2)).containsExactly("0[1x1]=项目名称:", "1[1x3]=19名百岁老人高龄津贴", "4[1x2]=是否为专项资金:", "6[1x1]=",
                "7[1x1]=实施(主管)单位", "8[1x2]=314002-成安县民政局机关", "10[1x2]=金额单位: 万元");
        assertThat(row(t, 4)).containsExactly("0[1x3]=预算安排情况(调整后)", "3[1x3]=资金到位情况", "6[1x3]=资金执行情况", "9[1x3]=预算执行进度(%)");
        assertThat(row(t, 5)).containsExactly("0[1x2]=预算数", "2[1x1]=6.84", "3[1x2]=到位数", "5[1x1]=6.84", "6[1x2]=执行数", "8[1x1]=6.84",
                "9[3x3]=100.00");
        assertThat(row(t, 6)).containsExactly("0[1x2]=其中:财政资金", "2[1x1]=6.84", "3[1x2]=其中:财政资金", "5[1x1]=6.84",
                "6[1x2]=其中:财政资金", "8[1x1]=6.84");
        assertThat(row(t, 7)).containsExactly("0[1x2]=其他", "2[1x1]=0.00", "3[1x2]=其他", "5[1x1]=0.00", "6[1x2]=其他", "8[1x1]=0.00");
        assertThat(t.text(7, 11)).isEqualTo("100.00");
        assertThat(row(t, 10)).containsExactly("0[1x5]=为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。",
                "5[1x5]=为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。", "10[2x2]=100.00");
        assertThat(row(t, 13)).containsExactly("0[2x1]=一级指标", "1[2x1]=二级指标", "2[2x1]=三级指标", "3[2x1]=指标分值", "4[1x3]=预期指标值",
                "7[2x1]=单项指标实际完成值", "8[2x1]=单项指标完成情况", "9[1x3]=自评得分");
        assertThat(row(t, 14)).containsExactly("4[1x1]=符号", "5[1x1]=", "6[1x1]=单位(文字描述)", "9[1x1]=单项指标得分",
                "10[1x1]=权重占比(%)", "11[1x1]=单项指标折算得分");
        assertThat(row(t, 15)).containsExactly("0[2x1]=产出指标", "1[1x1]=质量指标", "2[1x1]=符合条件申报对象覆盖率",
                "3[1x1]=享受补贴政策人数占符合条件申报对象总数的比例", "4[1x1]=>=", "5[1x1]=98", "6[1x1]=%(百分比)", "7[1x1]=100%",
                "8[1x1]=完成", "9[1x1]=25.00", "10[1x1]=25.00", "11[1x1]=6.25");
        assertThat(row(t, 18)).containsExactly("0[1x1]=满意度指标", "1[1x1]=服务对象满意度指标", "2[1x1]=服务对象满意度",
                "3[1x1]=享受高龄津贴的对象对老龄工作的满意程度", "4[1x1]=>=", "5[1x1]=95", "6[1x1]=%(百分比)", "7[1x1]=100%", "8[1x1]=完成",
                "9[1x1]=10.00", "10[1x1]=10.00", "11[1x1]=1.00");
    }

    /** https://www.ynlx.gov.cn/info/2431/148733.htm */
    @Test
    void linxiang_page_gives_its_source_line_date_and_every_cell_of_the_project_table() {
        SourceDocument doc = read("yn-linxiang-lcj-2023-shourongsuo-partial.html");

        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                "2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表",
                "2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表", "来源:", "作者: 时间:2023-12-01 点击率:");
        assertThat(PublishedDate.of(doc).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 12, 1));
        Grid t = doc.grids().get(0);
        List<List<String>> rows = java.util.stream.IntStream.range(0, t.rowCount()).mapToObj(r -> row(t, r)).toList();
        assertThat(rows).containsExactly(
                List.of("0[1x9]=项目支出绩效自评表"),
                List.of("0[1x9]=( 2023年度)"),
                List.of("0[1x2]=项目名称", "2[1x7]=2023年马鹿坑国有林场新建野生动物收容所建设项目"),
                List.of("0[1x2]=主管部门", "2[1x3]=临沧市临翔区林业和草原局", "5[1x1]=实施单位", "6[1x3]=临沧市临翔区林业和草原局"),
                List.of("0[3x1]=项目资金/(万元)", "1[1x2]=", "3[1x1]=年初预算数", "4[1x1]=全年预算数", "5[1x1]=全年执行数", "6[1x1]=分值",
                        "7[1x1]=执行率", "8[1x1]=得分"),
                List.of("1[1x2]=年度资金总额", "3[1x1]=", "4[1x1]=32.4", "5[1x1]=31.69", "6[1x1]=10", "7[1x1]=97.80%", "8[1x1]=9"),
                List.of("1[1x2]=其中:当年财政拨款", "3[1x1]=", "4[1x1]=32.4", "5[1x1]=31.69", "6[1x1]=10", "7[1x1]=97.80%", "8[1x1]=9"),
                List.of("0[2x1]=年度/总体/目标", "1[1x4]=预期目标", "5[1x4]=实际完成情况"),
                List.of("1[1x4]=支持欠发达国有林场基础设施建设,补齐必要的配套基础设施建设短板,有效保护管理好马鹿坑国有林场的野生动物资源,"
                                + "及时有效救助各类受到伤害的野生动物,新建马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。",
                        "5[1x4]=完成马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。"),
                List.of("0[8x1]=绩效指标", "1[1x1]=一级指标", "2[1x1]=二级指标", "3[1x1]=三级指标", "4[1x1]=年度指标值", "5[1x1]=实际完成值",
                        "6[1x1]=分值", "7[1x1]=得分", "8[1x1]=偏差原因分析及改进措施"),
                List.of("1[4x1]=产出指标", "2[1x1]=数量指标", "3[1x1]=野生动物收容所", "4[1x1]=≥200平方米", "5[1x1]=204.46平方米", "6[1x1]=10",
                        "7[1x1]=10", "8[1x1]=无"),
                List.of("2[1x1]=数量指标", "3[1x1]=钢结构圈养围栏", "4[1x1]=≥120米", "5[1x1]=121.5米", "6[1x1]=10", "7[1x1]=10", "8[1x1]=无"),
                List.of("2[1x1]=时效指标", "3[1x1]=项目完工时限", "4[1x1]=2023年12月", "5[1x1]=2023年10月", "6[1x1]=15", "7[1x1]=15", "8[1x1]=无"),
                List.of("2[1x1]=质量指标", "3[1x1]=项目竣工验收率", "4[1x1]=100%", "5[1x1]=100%", "6[1x1]=15", "7[1x1]=15", "8[1x1]=无"),
                List.of("1[3x1]=效益指标", "2[1x1]=经济效益指标", "3[1x1]=务工人员年人均增收", "4[1x1]=≥8400元", "5[1x1]=8400元", "6[1x1]=10",
                        "7[1x1]=10", "8[1x1]=无"),
                List.of("2[1x1]=社会效益指标", "3[1x1]=提供务工岗位", "4[1x1]=≥5个", "5[1x1]=5个", "6[1x1]=10", "7[1x1]=10", "8[1x1]=无"),
                List.of("2[1x1]=可持续影响指标", "3[1x1]=项目建成后可持续影响年限", "4[1x1]=≥15年", "5[1x1]=15年", "6[1x1]=10", "7[1x1]=10",
                        "8[1x1]=无"));
    }

    /** https://shidian.gov.cn/info/4312/182383.htm */
    @Test
    void shidian_page_date_is_the_cell_beside_its_label_in_the_information_table() {
        SourceDocument doc = read("yn-shidian-nyncj-2019-xinxingzhuti.html");

        PublishedDate date = PublishedDate.of(doc).orElseThrow();
        assertThat(date.date()).isEqualTo(LocalDate.of(2022, 8, 3));
        assertThat(date.source().row()).isEqualTo(2);
        assertThat(date.source().column()).isEqualTo("4");
        Grid t = doc.grids().get(1);
        assertThat(row(t, 1)).containsExactly("0[1x3]=单位名称:施甸县农业农村局", "3[1x3]=填报日期:2022年7月5日");
        assertThat(row(t, 6)).containsExactly("0[1x1]=预算执行情况(万元)(20分)", "1[1x1]=预算数(A)", "2[1x1]=执行数(B)", "3[1x1]=执行率(B/A)",
                "4[1x2]=得分/(20分*执行率)");
        assertThat(row(t, 7)).containsExactly("0[1x1]=年度财政资金总额", "1[1x1]=650", "2[1x1]=94", "3[1x1]=0.1", "4[1x2]=2.9");
        assertThat(row(t, 10)).containsExactly("0[2x1]=产出指标", "1[1x1]=数量指标", "2[1x1]=扶持发展新型农业经营主体/(个)", "3[1x1]=15", "4[1x1]=6",
                "5[1x1]=8.0");
        assertThat(row(t, 15)).containsExactly("0[1x5]=总分", "5[1x1]=71.7");
        assertThat(t.text(17, 0)).isEqualTo("改进措施及\n结果应用方案");
    }

    /** https://www.scqs.gov.cn/info/13206/211004.htm */
    @Test
    void qingshen_page_reason_cell_spans_five_rows_and_three_columns() {
        SourceDocument doc = read("sc-qingshen-fgj-2023-gongzi.html");

        Grid t = doc.grids().get(0);
        assertThat(t.columnCount()).isEqualTo(11);
        assertThat(row(t, 0)).containsExactly("0[1x6]=报表编号:510000_0013zp", "6[1x1]=", "7[1x1]=", "8[1x1]=", "9[1x1]=", "10[1x1]=");
        assertThat(row(t, 4)).containsExactly("0[3x1]=项目基本情况", "1[2x1]=1.项目年度目标完成情况", "2[1x4]=项目年度目标", "6[1x5]=年度目标完成情况");
        assertThat(row(t, 6)).containsExactly("1[1x1]=2.项目实施内容及过程概述", "2[1x9]=");
        assertThat(row(t, 8)).hasSize(8).startsWith("1[1x1]=总额", "2[1x1]=238.93", "3[1x1]=251.89", "4[1x1]=251.89", "5[1x1]=100.00%",
                "6[1x1]=10", "7[1x1]=");
        assertThat(t.at(8, 8).rowSpan()).isEqualTo(5);
        assertThat(t.at(12, 10)).isSameAs(t.at(8, 8));
        assertThat(row(t, 12)).containsExactly("1[1x1]=其他资金", "2[1x1]=", "3[1x1]=", "4[1x1]=", "5[1x1]=", "6[1x1]=/", "7[1x1]=/");
        assertThat(row(t, 16)).containsExactly("0[1x8]=合计", "8[1x1]=100", "9[1x1]=", "10[1x1]=");
    }

    @Test
    void nested_table_becomes_a_grid_of_its_own_after_its_parent() throws Exception {
        Path page = dir.resolve("nested.html");
        Files.writeString(page, "<html><head><meta charset='utf-8'><title>t</title></head><body>"
                + "<table><tr><td>外</td><td><table><tr><td>内1</td><td>内2</td></tr></table></td></tr></table>"
                + "<p>附件：说明</p></body></html>");
        SourceDocument doc = new HtmlReader().read(page, "nested.html", ImportLimits.DEFAULT);

        assertThat(doc.grids()).extracting(Grid::name).containsExactly("表格 1", "表格 2");
        assertThat(row(doc.grids().get(0), 0)).containsExactly("0[1x1]=外", "1[1x1]=");
        assertThat(row(doc.grids().get(1), 0)).containsExactly("0[1x1]=内1", "1[1x1]=内2");
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("t", "附件：说明");
    }
}
