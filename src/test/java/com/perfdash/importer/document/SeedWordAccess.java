package com.perfdash.importer.document;

import java.nio.file.Path;

/** The seed written as Word, for tests outside this package. */
public final class SeedWordAccess {

    private SeedWordAccess() {
    }

    public static Path write(Path file) {
        return SeedWord.write(file);
    }

    public static Path writeReplacing(Path file, String text, String writtenAs) {
        return SeedWord.writeReplacing(file, text, writtenAs);
    }

    public static Path writeSecondLayout(Path file) {
        return SeedWord.writeSecondLayout(file);
    }

    public static Path toPdf(Path docx) throws Exception {
        return Soffice.convert(docx, "pdf");
    }

    public static boolean canConvert() {
        return Soffice.present();
    }
}
