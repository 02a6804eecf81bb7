package com.perfdash.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.base.chart.ApexChart;
import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.ui.KpiCard;
import com.perfdash.catalog.UnitCount;
import com.perfdash.ingest.ReportMetricsStore;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DataSummaryViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    private int nextId = 1;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.emptyModel(jdbi);
    }

    private void unit(String code, String name, String category) {
        jdbi.useHandle(h -> h.execute("INSERT INTO unit (unit_code, unit_name, category) VALUES (?, ?, ?)", code, name, category));
    }

    /** One report with its whole-unit table's 合计 funds row, 万元. */
    private void report(String unitCode, int year, String sourceKind, String fullYearBudget, String executed) {
        int id = nextId++;
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO report (report_id, unit_code, fiscal_year, source_kind, source_file, data_file) "
                    + "VALUES (?, ?, ?, ?, 'test.docx', 'test.csv')", id, unitCode, year, sourceKind);
            h.execute("INSERT INTO eval_table (table_id, report_id, table_no, kind) VALUES (?, ?, 0, 'unit')", id, id);
            insertFunds(h, id, fullYearBudget, executed);
            ReportMetricsStore.refresh(h);
        });
    }

    private static void insertFunds(Handle h, int tableId, String fullYearBudget, String executed) {
        h.execute("INSERT INTO funds_row (table_id, seq, row_kind, full_year_budget, executed) VALUES (?, 0, 'total', ?, ?)",
                tableId, new BigDecimal(fullYearBudget), new BigDecimal(executed));
    }

    private void threeYearsOfTwoUnits() {
        unit("u1", "中共株洲市荷塘区委办公室", "党委部门");
        unit("u2", "荷塘区财政局", "政府部门");
        report("u1", 2019, "demo", "400.00", "380.00");
        report("u2", 2019, "demo", "100.00", "100.00");
        report("u1", 2020, "real", "516.66", "516.66");
        report("u1", 2021, "demo", "450.00", "405.00");
    }

    @Test
    void chart_categories_are_the_loaded_fiscal_years() {
        threeYearsOfTwoUnits();

        UI.getCurrent().navigate("data");

        ApexChart chart = _get(ApexChart.class);
        assertThat(chart.getOptions().categories()).containsExactly("2019", "2020", "2021");
        assertThat(chart.isEmpty()).isFalse();
        assertThat(chart.getOptions().series()).extracting(ChartOptions.Series::name)
                .containsExactly("全年预算数", "全年执行数", "执行率");
        assertThat(chart.getOptions().series().get(0).data()).containsExactly(
                new BigDecimal("500.0000"), new BigDecimal("516.6600"), new BigDecimal("450.0000"));
    }

    @Test
    void a_fiscal_year_without_reports_stays_on_the_chart_without_values() {
        unit("u1", "荷塘区财政局", "政府部门");
        report("u1", 2019, "demo", "100.00", "90.00");
        report("u1", 2021, "demo", "120.00", "120.00");

        UI.getCurrent().navigate("data");

        ChartOptions options = _get(ApexChart.class).getOptions();
        assertThat(options.categories()).containsExactly("2019", "2020", "2021");
        assertThat(options.series().get(1).data()).isEqualTo(Arrays.asList(new BigDecimal("90.0000"), null, new BigDecimal("120.0000")));
    }

    @Test
    void cards_show_units_reports_by_source_and_the_year_range() {
        threeYearsOfTwoUnits();

        UI.getCurrent().navigate("data");

        assertThat(_find(KpiCard.class)).extracting(KpiCard::getValue)
                .containsExactly("2", "4", "1", "3", "2019–2021");
    }

    @Test
    void grid_lists_units_by_category() {
        threeYearsOfTwoUnits();

        UI.getCurrent().navigate("data");

        @SuppressWarnings("unchecked")
        Grid<UnitCount> grid = _get(Grid.class, spec -> spec.withClasses("units-by-category"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0)).isEqualTo(new UnitCount("党委部门", 1, 3));
    }

    @Test
    void nothing_loaded_shows_a_sentence_instead_of_cards_and_chart() {
        UI.getCurrent().navigate("data");

        Paragraph empty = _get(Paragraph.class, spec -> spec.withClasses("empty-state"));
        assertThat(empty.getText()).isEqualTo("尚未加载任何自评报告。把数据文件放进 data 文件夹后，系统会自动加载。");
        _assertNone(ApexChart.class);
        _assertNone(KpiCard.class);
    }
}
