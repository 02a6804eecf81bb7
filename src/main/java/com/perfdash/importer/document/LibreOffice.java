package com.perfdash.importer.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where LibreOffice's {@code soffice} is on this machine, if anywhere ({@code PERFDASH_SOFFICE} first, then PATH). */
final class LibreOffice {

    private LibreOffice() {
    }

    static Optional<Path> find() {
        String configured = System.getenv("PERFDASH_SOFFICE");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice", "soffice.exe"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
