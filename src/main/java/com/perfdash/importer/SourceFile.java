package com.perfdash.importer;

import java.nio.file.Path;

/**
 * An uploaded file: its name as the user's computer called it, and where its bytes are now.
 */
public record SourceFile(String name, Path content) {

    public SourceFile {
        // a browser may send a path ("C:\\fakepath\\a.xlsx"); keep the last part
        String n = name.replace('\\', '/');
        name = n.substring(n.lastIndexOf('/') + 1);
    }
}
