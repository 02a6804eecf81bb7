package com.perfdash.importer.document;

import com.perfdash.importer.grid.Grid;
import com.perfdash.importer.grid.GridCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Fixture copies and compact descriptions of grids for the document readers' tests. */
final class DocumentFixtures {

    private DocumentFixtures() {
    }

    /** Copies a classpath resource into {@code dir}, so that no test ever reads or writes under src/. */
    static Path copy(String resource, Path dir) {
        try (InputStream in = DocumentFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            Path to = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The anchor cells of one grid row as {@code column[rows x columns]=text} (line breaks as {@code /}),
     * e.g. {@code 0[7x1]=年度预/算申请/(万元)}.
     */
    static List<String> row(Grid grid, int row) {
        List<String> out = new ArrayList<>();
        for (GridCell c : grid.row(row)) {
            out.add(c.column() + "[" + c.rowSpan() + "x" + c.colSpan() + "]=" + c.text().replace('\n', '/'));
        }
        return out;
    }

    /** Every row of a grid, for a first look at what a reader made of a file. */
    static String dump(Grid grid) {
        StringBuilder s = new StringBuilder(grid.name()).append('\n');
        for (int r = 0; r < grid.rowCount(); r++) {
            s.append(r).append(": ").append(String.join(" | ", row(grid, r))).append('\n');
        }
        return s.toString();
    }
}
