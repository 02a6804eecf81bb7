package com.perfdash.importer.grid;

import com.perfdash.importer.ImportLimits;
import java.nio.file.Path;

/** Turns one file of a format into a {@link SourceDocument}; never throws for bad content (an issue instead). */
@FunctionalInterface
public interface DocumentReader {

    SourceDocument read(Path content, String fileName, ImportLimits limits);
}
