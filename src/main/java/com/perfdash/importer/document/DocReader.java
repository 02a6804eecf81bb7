package com.perfdash.importer.document;

import com.perfdash.importer.CellRef;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportLimits;
import com.perfdash.importer.ImportText;
import com.perfdash.importer.grid.DocumentReader;
import com.perfdash.importer.grid.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an old Word 97–2003 document ({@code .doc}) by having LibreOffice convert it to {@code .docx}
 * in a scratch folder and reading that with the {@link DocxReader}; where LibreOffice is not installed
 * the clerk is asked to save the file as {@code .docx}. The uploaded original is never touched.
 */
public final class DocReader implements DocumentReader {

    private static final long TIMEOUT_SECONDS = 120;
    private static final Logger log = LoggerFactory.getLogger(DocReader.class);

    @Override
    public SourceDocument read(Path content, String fileName, ImportLimits limits) {
        var soffice = LibreOffice.find();
        if (soffice.isEmpty()) {
            return failed(fileName, ImportIssue.error(CellRef.file(fileName), ImportText.DOC_NEEDS_LIBREOFFICE));
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("perfdash-doc");
            Path in = work.resolve("report.doc");
            Files.copy(content, in);
            Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--convert-to", "docx", "--outdir", work.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return conversionFailed(fileName, "LibreOffice did not finish in " + TIMEOUT_SECONDS + " s");
            }
            Path out = work.resolve("report.docx");
            if (!Files.exists(out)) {
                String said = Files.readString(work.resolve("soffice.log")).strip();
                return conversionFailed(fileName, said.isEmpty() ? "exit " + p.exitValue() : said);
            }
            SourceDocument docx = new DocxReader().read(out, fileName, limits);
            List<ImportIssue> issues = new ArrayList<>(docx.issues());
            issues.add(0, ImportIssue.note(CellRef.file(fileName), ImportText.NOTE_DOC_CONVERTED));
            return new SourceDocument(fileName, "doc", docx.paragraphs(), docx.grids(), issues);
        } catch (IOException e) {
            return conversionFailed(fileName, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return conversionFailed(fileName, "interrupted");
        } finally {
            delete(work);
        }
    }

    /** LibreOffice's own words (English, about its command line) go to the server log, not to the clerk. */
    private static SourceDocument conversionFailed(String fileName, String why) {
        log.warn("{}: LibreOffice could not convert the .doc to .docx: {}", fileName, why);
        return failed(fileName, ImportIssue.error(CellRef.file(fileName), ImportText.DOC_CONVERSION_FAILED));
    }

    private static SourceDocument failed(String fileName, ImportIssue issue) {
        return new SourceDocument(fileName, "doc", List.of(), List.of(), List.of(issue));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder left in the temp directory is harmless
        }
    }
}
