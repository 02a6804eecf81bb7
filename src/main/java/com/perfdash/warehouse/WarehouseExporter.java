package com.perfdash.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes the report model as Parquet files partitioned by fiscal year (docs/scale-out.md), with DuckDB's
 * own {@code COPY … (FORMAT parquet, PARTITION_BY (fiscal_year))}, every table read in one transaction so
 * that the files are one consistent state. The files go to a staging folder beside the warehouse's
 * {@code model/} folder, which replaces {@code model/} only when everything is written; a failed export
 * leaves the last good one in place. Beside the tables: {@code _manifest.json} (rows and columns),
 * {@code SCHEMA.md} (the schema document) and {@code duckdb.sql} (a view per table over the files).
 */
public class WarehouseExporter {

    /** The folder under the warehouse that holds the current export. */
    public static final String MODEL = "model";
    public static final String MANIFEST = "_manifest.json";
    public static final String SCHEMA = "SCHEMA.md";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Jdbi jdbi;
    private final Path warehouse;
    private final Clock clock;

    public WarehouseExporter(Jdbi jdbi, Path warehouse, Clock clock) {
        this.jdbi = jdbi;
        this.warehouse = warehouse.toAbsolutePath();
        this.clock = clock;
    }

    /** The warehouse folder (it holds {@code model/}). */
    public Path warehouse() {
        return warehouse;
    }

    public Path model() {
        return warehouse.resolve(MODEL);
    }

    /** Exports every table; returns what was written. One export at a time. */
    public synchronized WarehouseManifest export(String user) {
        Instant at = clock.instant();
        Path staging = warehouse.resolve(".staging-" + at.toEpochMilli());
        try {
            Files.createDirectories(staging);
            WarehouseManifest manifest = jdbi.inTransaction(h -> writeTables(h, staging, at, user));
            Files.writeString(staging.resolve(MANIFEST), JSON.writeValueAsString(manifest), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve(SCHEMA), WarehouseSchemaDocument.markdown(manifest), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve(WarehouseSql.SCRIPT), script(manifest), StandardCharsets.UTF_8);
            swapIn(staging, at);
            return manifest;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw new WarehouseException("Cannot export the warehouse to " + model() + ": " + e.getMessage(), e);
        }
    }

    /** The manifest of the current export, if there is one. */
    public Optional<WarehouseManifest> current() {
        return read(model());
    }

    /** The manifest of the export in {@code modelDir}, if it holds one. */
    public static Optional<WarehouseManifest> read(Path modelDir) {
        Path file = modelDir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), WarehouseManifest.class));
        } catch (IOException e) {
            throw new WarehouseException("Cannot read the warehouse manifest " + file + ": " + e.getMessage(), e);
        }
    }

    private static WarehouseManifest writeTables(Handle h, Path staging, Instant at, String user) throws IOException {
        Set<String> present = h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")
                .mapTo(String.class).set();
        List<WarehouseTableInfo> tables = new ArrayList<>();
        for (WarehouseTable t : WarehouseTable.values()) {
            if (!present.contains(t.tableName())) {
                continue;
            }
            String query = t.exportQuery();
            List<WarehouseColumn> columns = h.createQuery("DESCRIBE " + query)
                    .map((rs, ctx) -> new WarehouseColumn(rs.getString("column_name"), rs.getString("column_type"))).list();
            long rows = h.createQuery("SELECT count(*) FROM (" + query + ")").mapTo(Long.class).one();
            Path dir = Files.createDirectories(staging.resolve(t.tableName()));
            if (!t.partitioned()) {
                h.execute("COPY (" + query + ") TO " + WarehouseSql.literal(dir.resolve("data.parquet").toString()) + " (FORMAT parquet)");
            } else if (rows > 0) {
                h.execute("COPY (" + query + " ORDER BY fiscal_year) TO " + WarehouseSql.literal(dir.toString())
                        + " (FORMAT parquet, PARTITION_BY (fiscal_year), OVERWRITE_OR_IGNORE)");
            }
            tables.add(new WarehouseTableInfo(t.tableName(), rows, t.partitioned(), t.addsFiscalYear(), columns));
        }
        return new WarehouseManifest(WarehouseManifest.FORMAT_VERSION, at, user, List.copyOf(tables));
    }

    /** The DuckDB script of an export: run from the warehouse folder, {@code duckdb -c ".read model/duckdb.sql"}. */
    static String script(WarehouseManifest manifest) {
        return "-- Views over this export's Parquet files under the app's table names (docs/scale-out.md).\n"
                + "-- Run from the warehouse folder (the one that holds model/): duckdb -c \".read model/duckdb.sql\"\n"
                + WarehouseSql.views(MODEL, manifest).stream().map(s -> s + ";\n").collect(Collectors.joining());
    }

    /** Puts the staging folder in place of model/: the old export is moved aside, then removed. */
    private void swapIn(Path staging, Instant at) throws IOException {
        Path model = model();
        Path old = warehouse.resolve(".old-" + at.toEpochMilli());
        if (Files.exists(model)) {
            move(model, old);
        }
        move(staging, model);
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
