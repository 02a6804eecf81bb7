package com.perfdash.base.download;

import com.perfdash.base.download.DownloadFormat;
import com.perfdash.base.download.ExportTable;
import com.perfdash.base.download.TableFiles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "下载表格：XLSX | CSV" beside a grid: downloads exactly the rows the grid shows, in its order (filters
 * and sort applied), under the columns of an {@link ExportTable}. The file is made when the link is
 * clicked, through the Vaadin session: it stays behind the sign-in, and the queries run with the signed-in
 * user's data scope. The columns come from the grid's own definition ({@link GridColumns}), so that
 * the file says what the grid says:
 * <pre>{@code
 * GridColumns<RankingRow> columns = new GridColumns<>(grid);
 * columns.text(...); columns.money(...);
 * add(GridDownload.of(grid, columns.table(), () -> "2024年度执行率排名（街道镇）"));
 * }</pre>
 * For a lazy grid {@link #of} asks the grid's own data provider for its rows with the grid's filter and
 * sort, page by page without the screen's paging, up to {@link #MAX_ROWS}. Where the rows are not a
 * plain grid's (a tree flattened), pass them: {@code new GridDownload<>(table, () -> rows, name)}.
 */
public class GridDownload<T> extends Div {

    /** The most rows one download holds. */
    public static final int MAX_ROWS = 50_000;
    /** Rows asked of a lazy data provider at a time (the units list serves at most 500 per query). */
    static final int PAGE = 500;

    private final ExportTable<T> table;
    private final SerializableSupplier<List<T>> rows;
    private final SerializableSupplier<String> name;

    /**
     * @param rows the rows as shown, in order; called when a download is clicked, with the session locked
     * @param name the file name without extension, e.g. 2024年度需关注单位; called like {@code rows}
     */
    public GridDownload(ExportTable<T> table, SerializableSupplier<List<T>> rows, SerializableSupplier<String> name) {
        this.table = Objects.requireNonNull(table, "table");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.name = Objects.requireNonNull(name, "name");
        addClassName("grid-download");
        Span label = new Span(getTranslation("export.grid.download"));
        label.addClassName("grid-download-label");
        add(label, link(DownloadFormat.XLSX), link(DownloadFormat.CSV));
        getElement().setAttribute("title", getTranslation("export.grid.download.hint"));
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("justify-content", "flex-end").set("font-size", "var(--lumo-font-size-s)");
    }

    /** The download of what {@code grid} shows, in its current filter and sort. */
    public static <T> GridDownload<T> of(Grid<T> grid, ExportTable<T> table, SerializableSupplier<String> name) {
        return new GridDownload<>(table, () -> shownRows(grid, MAX_ROWS), name);
    }

    private Anchor link(DownloadFormat format) {
        Anchor a = new Anchor((DownloadEvent event) -> download(event, format), "");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        a.add(icon, new Span(getTranslation("export.format." + format.extension())));
        a.addClassName("grid-download-" + format.extension());
        a.getStyle().set("display", "inline-flex").set("gap", "0.2em").set("align-items", "center");
        return a;
    }

    private void download(DownloadEvent event, DownloadFormat format) throws java.io.IOException {
        AtomicReference<List<T>> data = new AtomicReference<>();
        AtomicReference<String> file = new AtomicReference<>();
        UI ui = event.getUI();
        ui.accessSynchronously(() -> {
            data.set(rows.get());
            file.set(name.get());
        });
        event.setFileName(format.fileName(file.get()));
        event.setContentType(format.contentType());
        try (OutputStream out = event.getOutputStream()) {
            TableFiles.write(format, file.get(), table, data.get(), out);
        }
    }

    /** The file as a click would download it (call with the session locked, as in a view test). */
    public byte[] content(DownloadFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.write(format, name.get(), table, rows.get(), out);
        return out.toByteArray();
    }

    /** The file name a click would download, e.g. {@code 2024年度需关注单位.xlsx}. */
    public String fileName(DownloadFormat format) {
        return format.fileName(name.get());
    }

    public ExportTable<T> table() {
        return table;
    }

    /** The rows a download holds now. */
    public List<T> rows() {
        return rows.get();
    }

    /**
     * The rows {@code grid} shows, in its order: its data provider asked with the grid's filter and sort
     * (in memory or in the back end), without the screen's paging, up to {@code max} rows.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> List<T> shownRows(Grid<T> grid, int max) {
        DataCommunicator<T> communicator = grid.getDataCommunicator();
        DataProvider provider = communicator.getDataProvider();
        List<T> out = new ArrayList<>();
        while (out.size() < max) {
            int limit = Math.min(PAGE, max - out.size());
            Query query = communicator.buildQuery(out.size(), limit);
            List<T> page = (List<T>) provider.fetch(query).limit(limit).toList();
            out.addAll(page);
            if (page.size() < limit) {
                break;
            }
        }
        return out;
    }
}
