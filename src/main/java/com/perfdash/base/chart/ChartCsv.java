package com.perfdash.base.chart;

import com.perfdash.base.download.CsvDownload;
import com.perfdash.base.download.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The data of a chart as the toolbar's "下载 CSV" downloads it: one row per category (year, unit), one
 * column per series, under the category header ({@code 年度}) and the series names. Written by the server
 * like the grids' downloads ({@link CsvDownload}: UTF-8 with BOM, RFC 4180), not by ApexCharts in the
 * browser, whose CSV neither quotes nor keeps text from being run as a formula. Values as their series'
 * {@link ValueFormat}: 万元 and points with two decimals, percent values with one and a {@code %}, counts
 * whole; a missing value is an empty cell. Pure: no Vaadin.
 */
public final class ChartCsv {

    private ChartCsv() {
    }

    /** The download's file name: the chart's export name with {@code .csv}. */
    public static String fileName(ChartOptions options) {
        ChartOptions.Csv csv = csv(options);
        return ChartBuilder.safeFileName(csv == null || csv.filename() == null ? "chart" : csv.filename()) + ".csv";
    }

    public static void write(ChartOptions options, OutputStream out) {
        List<ChartOptions.Series> series = options.series() == null ? List.of() : options.series();
        List<String> categories = options.categories();
        List<ValueFormat> formats = formats(options, series.size());
        try {
            CSVPrinter printer = CsvDownload.open(out);
            List<String> header = new ArrayList<>();
            header.add(text(csv(options) == null ? null : csv(options).headerCategory()));
            series.forEach(s -> header.add(text(s.name())));
            printer.printRecord(header);
            for (int i = 0; i < categories.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(text(categories.get(i)));
                for (int j = 0; j < series.size(); j++) {
                    List<Number> data = series.get(j).data();
                    row.add(value(data == null || i >= data.size() ? null : data.get(i), formats.get(j)));
                }
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChartOptions.Csv csv(ChartOptions options) {
        ChartOptions.Chart chart = options.chart();
        if (chart == null || chart.toolbar() == null || chart.toolbar().export() == null) {
            return null;
        }
        return chart.toolbar().export().csv();
    }

    /** Each series' format: the tooltip's, which ChartBuilder takes from the series' axis. */
    private static List<ValueFormat> formats(ChartOptions options, int count) {
        List<ValueFormat> formats = new ArrayList<>();
        List<ChartOptions.TooltipValue> y = options.tooltip() == null || options.tooltip().y() == null ? List.of()
                : options.tooltip().y();
        for (int i = 0; i < count; i++) {
            formats.add(i < y.size() && y.get(i) != null && y.get(i).format() != null ? y.get(i).format() : ValueFormat.NUMBER);
        }
        return formats;
    }

    private static String text(String s) {
        return s == null ? "" : SpreadsheetText.csvCell(s);
    }

    static String value(Number n, ValueFormat format) {
        if (n == null) {
            return "";
        }
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return switch (format) {
            case WAN_YUAN, POINTS -> d.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case PERCENT -> d.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            case INTEGER -> d.setScale(0, RoundingMode.HALF_UP).toPlainString();
            case NUMBER -> d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        };
    }
}
