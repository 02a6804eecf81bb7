package com.perfdash.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.projects.CategoryFunding;
import com.perfdash.projects.ProjectChange;
import com.perfdash.projects.ProjectsFilter;
import com.perfdash.projects.ProjectsOverview;
import com.perfdash.projects.ProjectsService;
import com.perfdash.security.AuditLog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The projects page under 复核后 on the demo district. data/demo/projects.csv: qh-nanhu-jd 2018 #4
 * 党群服务中心运行经费 states a budget of 1,510,000.00 万元 (151.00 in 元, its actual is 151.00), flagged
 * UNIT_TEN_THOUSAND. As stated it tops 2018's list of budgets and the 2018 project funding is 1,526,671.32
 * 万元; under 复核后 that budget is left out (unknown, not 0) and the funding is 16,671.32 万元, until
 * finance corrects it to 151.00.
 */
class ReviewedProjectsTest {

    private static final int YEAR = 2018;
    private static final String NANHU = "qh-nanhu-jd";

    @TempDir
    static Path data;

    private static ReviewFixture fixture;
    private static ProjectsService projects;

    @BeforeAll
    static void load() {
        fixture = ReviewFixture.shipped("demo", data);
        projects = new ProjectsService(fixture.db().jdbi());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static ProjectsOverview page(Basis basis) {
        return projects.overview(new ProjectsFilter(YEAR, null, basis));
    }

    private static BigDecimal funding(ProjectsOverview o, int year) {
        return o.funding().stream().filter(f -> f.fiscalYear() == year).map(CategoryFunding::projectFunding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<ProjectChange> nanhuParty(List<ProjectChange> list) {
        return list.stream().filter(c -> c.unitCode().equals(NANHU) && c.listedNames().contains("党群服务中心运行经费")).toList();
    }

    @Test
    void the_unit_page_years_leave_the_budget_out_under_复核后() {
        var units = new com.perfdash.units.UnitsService(fixture.db().jdbi());
        BigDecimal stated = units.unit(NANHU, Basis.STATED).orElseThrow().years().stream().filter(y -> y.fiscalYear() == YEAR)
                .findFirst().orElseThrow().projectFunding();
        BigDecimal reviewed = units.unit(NANHU, Basis.REVIEWED).orElseThrow().years().stream().filter(y -> y.fiscalYear() == YEAR)
                .findFirst().orElseThrow().projectFunding();
        assertThat(stated.subtract(reviewed)).isEqualByComparingTo("1510000.00");
        // the unit's other years are the same under either 口径 (nothing else of it is flagged or corrected)
        assertThat(units.unit(NANHU, Basis.REVIEWED).orElseThrow().years().stream().filter(y -> y.fiscalYear() != YEAR)
                .map(com.perfdash.units.UnitYear::projectFunding).toList())
                .isEqualTo(units.unit(NANHU, Basis.STATED).orElseThrow().years().stream().filter(y -> y.fiscalYear() != YEAR)
                        .map(com.perfdash.units.UnitYear::projectFunding).toList());
    }

    @Test
    void as_stated_the_budget_written_in_元_tops_the_list_and_the_funding() {
        ProjectsOverview o = page(Basis.STATED);
        assertThat(o.top().get(0).unitCode()).isEqualTo(NANHU);
        assertThat(o.top().get(0).budget()).isEqualByComparingTo("1510000.00");
        assertThat(funding(o, YEAR)).isEqualByComparingTo("1526671.32");
    }

    @Test
    void under_复核后_the_budget_is_left_out_of_the_lists_summary_and_funding_until_it_is_corrected() {
        ProjectsOverview stated = page(Basis.STATED);
        ProjectsOverview reviewed = page(Basis.REVIEWED);
        assertThat(nanhuParty(reviewed.top())).isEmpty();
        assertThat(reviewed.top().get(0).budget()).isLessThan(new BigDecimal("10000"));
        assertThat(funding(reviewed, YEAR)).isEqualByComparingTo("16671.32");
        // the year's listed projects: the same projects, one budget fewer
        assertThat(reviewed.summary().projects()).isEqualTo(stated.summary().projects() - 1);
        assertThat(stated.summary().budget().subtract(reviewed.summary().budget())).isEqualByComparingTo("1510000.00");

        ReviewDecisions finance = new ReviewDecisions(fixture.db().jdbi(), TestDatabase.CLOCK,
                new AuditLog(fixture.db().jdbi(), TestDatabase.CLOCK), ReviewUsers.finance());
        finance.correct(NANHU, YEAR, "p4:budget", "correction", new BigDecimal("151.00"), "按元填报，应为 151 万元", List.of());
        try {
            ProjectsOverview corrected = page(Basis.REVIEWED);
            assertThat(funding(corrected, YEAR)).isEqualByComparingTo("16822.32");
            assertThat(corrected.summary().budget()).isEqualByComparingTo(stated.summary().budget().subtract(new BigDecimal("1509849.00")));
            assertThat(nanhuParty(page(Basis.STATED).top())).singleElement()
                    .satisfies(c -> assertThat(c.budget()).isEqualByComparingTo("1510000.00"));
        } finally {
            finance.withdrawCorrection(NANHU, YEAR, "p4:budget", "撤回");
        }
    }
}
