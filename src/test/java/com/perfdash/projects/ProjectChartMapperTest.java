package com.perfdash.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.base.chart.ChartOptions;
import com.perfdash.base.chart.ValueFormat;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProjectChartMapperTest {

    private static ProjectYear year(int fiscalYear, String budget, String actual, String score) {
        return new ProjectYear("u", "单位", "政府部门", fiscalYear, "key", List.of("名称"), 1, List.of("initial"),
                new BigDecimal(budget), new BigDecimal(actual), null, score == null ? null : 1, null, score == null ? 0 : 1,
                null, null, null, score == null ? null : new BigDecimal(score), null);
    }

    @Test
    void budget_and_actual_are_columns_and_a_year_without_the_project_is_a_gap() {
        ProjectHistory h = new ProjectHistory("u", "单位", "政府部门", "key", List.of(year(2019, "10.00", "9.00", null), year(2021, "12.00", "12.00", null)));

        ChartOptions o = ProjectChartMapper.toOptions(h, k -> k, Locale.SIMPLIFIED_CHINESE);

        assertThat(o.categories()).containsExactly("2019", "2020", "2021");
        assertThat(o.series()).extracting(ChartOptions.Series::name).containsExactly("project.budget", "project.actual");
        assertThat(o.series().get(0).data()).isEqualTo(Arrays.asList(new BigDecimal("10.00"), null, new BigDecimal("12.00")));
    }

    @Test
    void a_score_of_the_projects_table_is_a_line_on_a_points_axis() {
        ProjectHistory h = new ProjectHistory("u", "单位", "政府部门", "key", List.of(year(2020, "10.00", "9.00", "88"), year(2021, "12.00", "12.00", null)));

        ChartOptions o = ProjectChartMapper.toOptions(h, k -> k, Locale.SIMPLIFIED_CHINESE);

        assertThat(o.series()).extracting(ChartOptions.Series::name).containsExactly("project.budget", "project.actual", "project.tableScore");
        assertThat(o.series().get(2).data()).isEqualTo(Arrays.asList(new BigDecimal("88"), null));
        assertThat(o.yaxis()).extracting(a -> a.labels().format()).containsExactly(ValueFormat.WAN_YUAN, ValueFormat.POINTS);
    }
}
