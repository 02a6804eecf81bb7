package com.perfdash.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.base.ui.NotFoundView;
import com.perfdash.catalog.CatalogService;
import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewService;
import com.perfdash.overview.YearAggregate;
import com.perfdash.units.ui.ReportView;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataLoader;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A unit user ("unit", bound to 青禾区财政局 qh-caizheng) sees its own unit only — enforced in the
 * queries, not by hiding links: other units' pages are not found and aggregates hold its own figures.
 */
class DataScopeTest extends KaribuTestBase {

    @Autowired
    OverviewService overview;

    @Autowired
    CatalogService catalog;

    @Autowired
    Jdbi jdbi;

    /** The shipped data: the seed beside the demo district (other view tests load their own fixtures). */
    @BeforeEach
    void loadTheShippedData() {
        new DataLoader(jdbi, TestDatabase.CLOCK).load(TestDatabase.DATA);
    }

    @Test
    void a_unit_user_reads_its_own_report() {
        signInAs("unit");
        open("units/qh-caizheng/2025");
        assertThat(_find(ReportView.class)).hasSize(1);
        assertThat(_find(NotFoundView.class)).isEmpty();
    }

    @Test
    void a_unit_user_typing_another_units_address_gets_not_found() {
        signInAs("unit");
        open("units/zz-hetang-qwbgs/2020");
        assertThat(_find(NotFoundView.class)).hasSize(1);
        open("units/zz-hetang-qwbgs");
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void a_unit_user_lists_one_unit() {
        signInAs("unit");
        open("units");
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("units-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("青禾区财政局");
    }

    @Test
    void a_unit_users_aggregates_are_its_own_figures() {
        signInAs("unit");
        YearAggregate y2025 = overview.yearAggregate(OverviewFilter.years(2016, 2025), 2025).orElseThrow();
        assertThat(y2025.reports()).isEqualTo(1);
        assertThat(y2025.fullYearBudget()).isEqualByComparingTo(new BigDecimal("2631.05"));
        assertThat(y2025.executed()).isEqualByComparingTo(new BigDecimal("2554.96"));
        assertThat(catalog.summary().reports()).isEqualTo(10);
        assertThat(catalog.summary().units()).isEqualTo(1);
    }

    @Test
    void a_finance_user_sees_every_unit() {
        signInAs("finance");
        assertThat(catalog.summary().units()).isEqualTo(29);
        open("units/zz-hetang-qwbgs/2020");
        assertThat(_find(ReportView.class)).hasSize(1);
    }
}
