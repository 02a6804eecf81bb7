package com.perfdash.bench;

import com.perfdash.ingest.ColumnSpec;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/** The floor a load is measured against: DuckDB alone reading a data set's files, nothing checked. */
final class BareLoad {

    private BareLoad() {
    }

    /**
     * Each file of the data set folder {@code set} read with read_csv into a table typed like the model, the
     * columns its header names (a file may leave optional columns out).
     */
    static void readTyped(Statement st, Path set) throws SQLException, IOException {
        for (FileSpec spec : DataFormat.FILES) {
            Path file = set.resolve(spec.fileName());
            List<String> header;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                header = Arrays.stream(in.readLine().replace("\uFEFF", "").split(",")).map(String::trim).toList();
            }
            String columns = header.stream().map(name -> "'" + name + "': '" + duckType(spec.column(name).orElseThrow()) + "'")
                    .collect(Collectors.joining(", ", "{", "}"));
            st.execute("CREATE OR REPLACE TABLE " + spec.stageTable() + " AS SELECT * FROM read_csv('"
                    + file.toAbsolutePath() + "', header = true, delim = ',', quote = '\"',"
                    + " escape = '\"', columns = " + columns + ")");
        }
    }

    private static String duckType(ColumnSpec col) {
        return switch (col.type()) {
            case INTEGER -> "INTEGER";
            case MONEY -> "DECIMAL(18,4)";
            case POINTS -> "DECIMAL(6,2)";
            case PERCENT -> "DECIMAL(7,2)";
            case TEXT, ENUM -> "VARCHAR";
        };
    }
}
