package com.perfdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.KaribuTestBase;
import com.perfdash.importer.ImportPreview;
import com.perfdash.importer.ImportProgress;
import com.perfdash.importer.ImportService;
import com.perfdash.importer.SourceFile;
import com.perfdash.importer.document.DemoWord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Word documents through the import, as a finance bureau's clerk uploads them: {@value #DOCUMENTS} reports
 * of the demo district written as the Word files units file ({@link DemoWord}), previewed in batches of
 * {@value #BATCH} by the app's own import (read, recognized, staged, dry-run loaded over the shipped data
 * with the review checks). Prints the seconds per batch and the peak heap; written to
 * target/bench/word-import.md. Not a pass/fail: docs/performance.md keeps the figures seen.
 */
@Tag("bench")
class WordImportBenchmark extends KaribuTestBase {

    static final int DOCUMENTS = 200;
    static final int BATCH = 100;

    @Autowired
    ImportService imports;

    @Test
    void two_hundred_word_reports_previewed_in_batches_of_a_hundred() throws Exception {
        loadShippedData();
        Path dir = Path.of("target", "bench", "word").toAbsolutePath();
        Files.createDirectories(dir);
        long writeStart = System.nanoTime();
        List<SourceFile> files = new ArrayList<>();
        for (DemoWord.Report r : DemoWord.reports(Path.of("data/demo"), DOCUMENTS)) {
            String name = r.unitName() + " " + r.fiscalYear() + " 自评报告.docx";
            Path f = Files.createDirectories(dir.resolve(Integer.toString(files.size()))).resolve(name);
            files.add(new SourceFile(name, DemoWord.write(f, r)));
        }
        assertThat(files).hasSize(DOCUMENTS);
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "## Word import: %d demo reports as .docx, previews of %d%n%n"
                + "Machine: %d cores, max heap %d MB. Documents written in %.1f s.%n%n| batch | reports recognized | preview | peak heap |%n|---|---|---|---|%n",
                DOCUMENTS, BATCH, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, writeSeconds));
        for (int from = 0; from < DOCUMENTS; from += BATCH) {
            HeapPeak.reset();
            long start = System.nanoTime();
            ImportPreview preview = imports.preview(files.subList(from, from + BATCH), "clerk", ImportProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = HeapPeak.megabytes();
            assertThat(preview.errors()).as("documents %d–%d", from + 1, from + BATCH).isEmpty();
            int recognized = preview.reports().size();
            imports.cancel(preview.id(), "clerk");
            String line = String.format(Locale.ROOT, "| %d–%d | %d | %.1f s | %d MB |", from + 1, from + BATCH, recognized, seconds, peak);
            System.out.println("bench: word " + line);
            report.append(line).append('\n');
        }
        Files.writeString(Path.of("target", "bench", "word-import.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
