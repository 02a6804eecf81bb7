package com.perfdash.warehouse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.security.AuditLog;
import com.perfdash.warehouse.WarehouseService;
import com.perfdash.warehouse.WarehouseTableInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseViewTest extends KaribuTestBase {

    @TempDir
    Path data;

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_exports_the_seed_and_sees_its_tables_with_their_rows() {
        loadOnlyTheSeed(data);
        UI.getCurrent().navigate("admin/warehouse");
        _click(_get(Button.class, spec -> spec.withClasses("warehouse-export")));

        Grid<WarehouseTableInfo> tables = _get(Grid.class, spec -> spec.withClasses("warehouse-tables"));
        assertThat(GridKt._size(tables)).as("the model, the findings, the review, the scoring rule sets and the unit categories set by finance").isEqualTo(19);
        WarehouseTableInfo report = GridKt._get(tables, 1);
        assertThat(report.table()).isEqualTo("report");
        assertThat(report.rows()).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(tables, 1).subList(0, 3)).containsExactly("report", "1", "按年度分区（fiscal_year=年度/）");
        WarehouseTableInfo findings = GridKt._get(tables, 11);
        assertThat(findings.table()).isEqualTo("review_finding");
        assertThat(findings.rows()).isEqualTo(22);   // the seed's 22 review findings (docs/review-checks.md)
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("warehouse-status")).getText()).startsWith("当前导出：").endsWith("导出人：admin");
        assertThat(context.getBean(WarehouseService.class).location().resolve("report/fiscal_year=2020/data_0.parquet")).isRegularFile();
        assertThat(context.getBean(AuditLog.class).latest(5)).anyMatch(e -> e.event().equals("warehouse_export") && e.username().equals("admin"));
    }
}
