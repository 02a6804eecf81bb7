package com.perfdash.base.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.perfdash.base.ui.ColumnHeader;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grid and its download come from one definition per column, so they say the same thing. */
class GridColumnsTest {

    record Row(String unit, String code, BigDecimal budget, Double rate, BigDecimal score, int year, Integer findings,
               String grade) {
    }

    private static final Row DONGFENG = new Row("东风街道办事处", "t-jd-dongfeng", new BigDecimal("1234.5"), 0.953,
            new BigDecimal("92"), 2024, 1234, null);
    private static final Row XIHU = new Row("西湖镇人民政府", "t-jd-xihu", new BigDecimal("9"), null, new BigDecimal("4.5"),
            2023, null, "优");

    private final Grid<Row> grid = new Grid<>();
    private final GridColumns<Row> columns = new GridColumns<>(grid);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private String cell(int row, String key) {
        grid.setItems(DONGFENG, XIHU);
        return GridKt._getFormatted(grid, row, key);
    }

    private List<String> csv(List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(columns.table(), rows, out);
        byte[] bytes = out.toByteArray();
        return List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void a_money_column_reads_wan_yuan_in_the_grid_and_is_a_number_under_a_header_naming_wan_yuan_in_the_download()
            throws IOException {
        Grid.Column<Row> budget = columns.money("全年预算数", Row::budget).setKey("budget");

        assertThat(budget.getHeaderText()).isEqualTo("全年预算数");
        assertThat(budget.getTextAlign()).isEqualTo(ColumnTextAlign.END);
        assertThat(cell(0, "budget")).isEqualTo("1,234.50");
        assertThat(columns.table().headers()).containsExactly("全年预算数（万元）");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.xlsx("sheet", columns.table(), List.of(DONGFENG), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("全年预算数（万元）");
            Cell amount = sheet.getRow(1).getCell(0);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
        assertThat(csv(List.of(DONGFENG))).containsExactly("全年预算数（万元）", "1234.50");
    }

    @Test
    void each_format_reads_in_the_grid_as_the_download_holds_it() {
        columns.text("预算单位", Row::unit).setKey("unit");
        columns.percent("执行率", Row::rate).setKey("rate");
        columns.points("总得分（分）", Row::score).setKey("score");
        columns.year("年度", Row::year).setKey("year");
        columns.integer("审核发现（条）", Row::findings).setKey("findings");

        assertThat(List.of(cell(0, "unit"), cell(0, "rate"), cell(0, "score"), cell(0, "year"), cell(0, "findings")))
                .containsExactly("东风街道办事处", "95.3%", "92", "2024", "1,234");
        // a missing number reads "—" in the grid and is a blank cell in the download
        assertThat(List.of(cell(1, "rate"), cell(1, "score"), cell(1, "findings"))).containsExactly("—", "4.5", "—");
        assertThat(csv(List.of(DONGFENG, XIHU))).containsExactly(
                "预算单位,执行率,总得分（分）,年度,审核发现（条）",
                "东风街道办事处,95.3%,92.00,2024,1234",
                "西湖镇人民政府,,4.50,2023,");
        assertThat(grid.getColumnByKey("year").getTextAlign()).isEqualTo(ColumnTextAlign.START);
        assertThat(grid.getColumnByKey("findings").getTextAlign()).isEqualTo(ColumnTextAlign.END);
    }

    @Test
    void what_the_grid_shows_beyond_the_value_leaves_the_downloaded_value_as_it_is() {
        columns.add(TableColumn.year("最新年度", Row::year).shownAs(r -> r.year() + "（待审核）")
                .downloadHeader("最近年度")).setKey("latest");
        columns.add(TableColumn.text("等级", Row::grade).missingAsDash()).setKey("grade");
        columns.add(TableColumn.points("分值", Row::score).onlyWhere(r -> r.grade() != null)).setKey("cap");
        columns.add(TableColumn.text("单位名称", Row::unit)
                .renderedBy(LitRenderer.<Row>of("<a>${item.name}</a>").withProperty("name", Row::unit)));

        assertThat(cell(0, "latest")).isEqualTo("2024（待审核）");
        assertThat(List.of(cell(0, "grade"), cell(1, "grade"))).containsExactly("—", "优");
        assertThat(List.of(cell(0, "cap"), cell(1, "cap"))).containsExactly("", "4.5");
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("最新年度", "等级", "分值", "单位名称");
        assertThat(csv(List.of(DONGFENG, XIHU))).containsExactly(
                "最近年度,等级,分值,单位名称",
                "2024,,,东风街道办事处",
                "2023,优,4.50,西湖镇人民政府");
    }

    @Test
    void grid_only_and_download_only_columns_keep_the_grids_order_in_the_download() {
        columns.text("预算单位", Row::unit);
        columns.downloadOnly("单位代码", ColumnFormat.TEXT, Row::code);
        columns.money("全年预算数（万元）", Row::budget);
        columns.gridOnly("报告", LitRenderer.<Row>of("<a>${item.year}</a>").withProperty("year", Row::year));

        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("预算单位", "全年预算数（万元）", "报告");
        assertThat(columns.table().headers()).containsExactly("预算单位", "单位代码", "全年预算数（万元）");
    }

    @Test
    void a_sortable_number_column_sorts_by_its_value_missing_last_not_by_its_text() {
        Grid.Column<Row> budget = columns.money("全年预算数", Row::budget);
        Grid.Column<Row> rate = columns.percent("执行率", Row::rate);
        assertThat(budget.isSortable()).isFalse();

        budget.setSortable(true);
        rate.setSortable(true);
        // "9.00" sorts after "1,234.50" as text; 9 before 1234.5 as a number
        assertThat(budget.getComparator(SortDirection.ASCENDING).compare(XIHU, DONGFENG)).isNegative();
        assertThat(rate.getComparator(SortDirection.ASCENDING).compare(XIHU, DONGFENG)).isPositive();
    }

    @Test
    void headers_can_be_components_made_from_the_same_text() {
        Grid.Column<Row> budget = columns.headers(ColumnHeader::new).money("全年预算数（万元）", Row::budget);
        Grid.Column<Row> unit = columns.text("预算单位", Row::unit);

        assertThat(((ColumnHeader) budget.getHeaderComponent()).text()).isEqualTo("全年预算数（万元）");
        assertThat(unit.getHeaderText()).isEqualTo("预算单位");
        assertThat(columns.table().headers()).containsExactly("全年预算数（万元）", "预算单位");
    }

    @Test
    void a_tree_column_needs_a_tree_grid() {
        assertThatThrownBy(() -> columns.add(TableColumn.text("指标", Row::unit).inTree()))
                .isInstanceOf(IllegalStateException.class);
    }
}
