package com.perfdash.base.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A chart drawn by ApexCharts in the browser. The server holds the typed {@link ChartOptions} and sends
 * them as one JSON string; the element {@code <perf-apexchart>} creates the chart, updates it in place
 * when the options change and destroys it when it leaves the page. When the options have no value at
 * all, the element shows the empty-state sentence instead of an empty chart.
 * <p>
 * Every text the options carry (series names, categories, titles) is shown as text, never as markup: the
 * element escapes what ApexCharts would put into the page as HTML (docs/frontend.md). The toolbar's
 * "下载 CSV" downloads {@link ChartCsv} from the server, through the Vaadin session.
 */
@Tag("perf-apexchart")
@NpmPackage(value = "apexcharts", version = "5.3.6")
@JsModule("./components/perf-apexchart.js")
public class ApexChart extends Component implements HasSize {

    private ChartOptions options;
    private String emptyText = "";

    public ApexChart() {
        setWidthFull();
        getElement().setAttribute("csv-download", (DownloadHandler) this::downloadCsv);
    }

    public ApexChart(ChartOptions options, String emptyText) {
        this();
        setEmptyText(emptyText);
        setOptions(options);
    }

    /** Shows these options, replacing the previous ones (the chart is updated, not re-created). */
    public void setOptions(ChartOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        getElement().setProperty("options", options.toJson());
        getElement().setProperty("empty", !options.hasData());
    }

    public ChartOptions getOptions() {
        return options;
    }

    /** The sentence shown instead of the chart when there is nothing to draw. */
    public void setEmptyText(String emptyText) {
        this.emptyText = emptyText == null ? "" : emptyText;
        getElement().setProperty("emptyText", this.emptyText);
    }

    public String getEmptyText() {
        return emptyText;
    }

    /**
     * The chart as the browser draws it, as a PNG data URI ({@code data:image/png;base64,...}) of
     * {@code scale} times its size on the page: the same image as the toolbar's PNG download. Completes
     * with an empty string when the element shows its empty state, exceptionally when the browser fails.
     * Used to put the charts a user sees into a Word document (see docs/export.md).
     */
    public CompletableFuture<String> pngDataUri(int scale) {
        return getElement().callJsFunction("toPngDataUri", scale).toCompletableFuture(String.class);
    }

    /** The file the toolbar's "下载 CSV" downloads now (call with the session locked, as in a view test). */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartCsv.write(Objects.requireNonNull(options, "options"), out);
        return out.toByteArray();
    }

    private void downloadCsv(DownloadEvent event) throws IOException {
        AtomicReference<ChartOptions> shown = new AtomicReference<>();
        event.getUI().accessSynchronously(() -> shown.set(options));
        ChartOptions o = shown.get();
        if (o == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(ChartCsv.fileName(o));
        event.setContentType("text/csv;charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            ChartCsv.write(o, out);
        }
    }

    /** True when the chart shows its empty-state sentence: no options yet, or options without values. */
    public boolean isEmpty() {
        return options == null || !options.hasData();
    }
}
