package com.perfdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.KaribuTestBase;
import com.perfdash.importer.DocumentReaders;
import com.perfdash.importer.ImportIssue;
import com.perfdash.importer.ImportOutcome;
import com.perfdash.importer.ImportPreview;
import com.perfdash.importer.ImportProgress;
import com.perfdash.importer.ImportService;
import com.perfdash.importer.SourceFile;
import com.perfdash.importer.document.DemoWord;
import com.perfdash.importer.grid.Narrative;
import com.perfdash.importer.recognize.Recognition;
import com.perfdash.importer.recognize.ReportRecognizer;
import com.perfdash.importer.sheet.DemoWorkbook;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Excel workbooks through the import, as a finance bureau's clerk uploads them: {@value #WORKBOOKS} reports
 * of the demo district written as the 自评表 units print them ({@link DemoWorkbook}: the Hunan form, the
 * Sichuan form, the national form as .xls, our own workbook, round-robin), previewed in batches of
 * {@value #BATCH} by the app's own import (read, recognized, staged, dry-run loaded over the shipped data
 * with the review checks), and the last batch also confirmed (imported). The demo district has fewer
 * unit-years than that: workbook {@code i} is report {@code i mod n} in layout {@code i mod 4}, so a batch
 * of 100 holds 100 different unit-years and a report comes back in other batches in another layout (each
 * batch is cancelled before the next). Also timed: the shipped data loaded alone (what every dry run and
 * import does whatever the files), a preview of one workbook, and the 100 workbooks of a batch read and
 * recognized alone, per layout. Printed and written to target/bench/workbook-import.md. Not a pass/fail:
 * docs/performance.md keeps the figures seen.
 */
@Tag("bench")
class WorkbookImportBenchmark extends KaribuTestBase {

    static final int WORKBOOKS = 1000;
    static final int BATCH = 100;
    static final int LOADS = 3;

    @Autowired
    ImportService imports;

    @Test
    void a_thousand_workbooks_in_mixed_layouts_previewed_in_batches_of_a_hundred_and_one_batch_imported() throws Exception {
        loadShippedData();

        Path dir = Path.of("target", "bench", "workbook").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        List<DemoWord.Report> reports = DemoWord.reports(Path.of("data/demo"), Integer.MAX_VALUE);
        DemoWorkbook.Layout[] layouts = DemoWorkbook.Layout.values();
        long writeStart = System.nanoTime();
        List<SourceFile> files = new ArrayList<>();
        List<DemoWorkbook.Layout> layoutOf = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < WORKBOOKS; i++) {
            DemoWord.Report r = reports.get(i % reports.size());
            DemoWorkbook.Layout layout = layouts[i % layouts.length];
            String name = DemoWorkbook.fileName(r, layout);
            Path f = DemoWorkbook.write(Files.createDirectories(dir.resolve(Integer.toString(i))).resolve(name), r, layout);
            files.add(new SourceFile(name, f));
            layoutOf.add(layout);
            bytes += Files.size(f);
            assertThat(Files.size(f)).as(name).isLessThanOrEqualTo(imports.limits().maxFileBytes());
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        assertThat(files).hasSize(WORKBOOKS);
        long largestBatch = 0;
        for (int from = 0; from < WORKBOOKS; from += BATCH) {
            long b = 0;
            for (SourceFile f : files.subList(from, from + BATCH)) {
                b += Files.size(f.content());
            }
            largestBatch = Math.max(largestBatch, b);
        }
        assertThat(largestBatch).as("a batch's bytes against the staging limit").isLessThanOrEqualTo(imports.limits().maxStagingBytesPerUser());

        String startLoad = loadAverage();
        List<Double> previews = new ArrayList<>();
        long worstPeak = 0;
        double confirmSeconds = 0;
        long confirmPeak = 0;
        ImportOutcome confirmed = null;
        String[] previewLines = new String[WORKBOOKS / BATCH];
        for (int from = 0; from < WORKBOOKS; from += BATCH) {
            boolean last = from + BATCH >= WORKBOOKS;
            HeapPeak.reset();
            long start = System.nanoTime();
            long[] checkAt = {0};
            ImportPreview preview = imports.preview(files.subList(from, from + BATCH), "clerk", (step, done, total, name) -> {
                if (step == ImportProgress.Step.CHECK && checkAt[0] == 0) {
                    checkAt[0] = System.nanoTime();
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            double reading = (checkAt[0] - start) / 1e9;
            long peak = HeapPeak.megabytes();
            worstPeak = Math.max(worstPeak, peak);
            assertThat(preview.errors()).as("workbooks %d–%d", from + 1, from + BATCH).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
            int recognized = preview.reports().size();
            assertThat(recognized).as("workbooks %d–%d", from + 1, from + BATCH).isEqualTo(BATCH);
            previews.add(seconds);
            previewLines[from / BATCH] = String.format(Locale.ROOT, "| %d–%d | %d (%d new, %d replaced) | %.1f s | %.1f s | %.1f s | %%s | %d MB |",
                    from + 1, from + BATCH, recognized, preview.newReports().size(), preview.replacedReports().size(), seconds, reading,
                    seconds - reading, peak);
            System.out.println("bench: workbook preview " + (from + 1) + "–" + (from + BATCH) + String.format(Locale.ROOT, " %.1f s, %d MB", seconds,
                    peak) + ", load average " + loadAverage());
            if (!last) {
                imports.cancel(preview.id(), "clerk");
                continue;
            }
            HeapPeak.reset();
            long confirmStart = System.nanoTime();
            confirmed = imports.confirm(preview.id(), "clerk");
            confirmSeconds = (System.nanoTime() - confirmStart) / 1e9;
            confirmPeak = HeapPeak.megabytes();
            worstPeak = Math.max(worstPeak, confirmPeak);
            assertThat(confirmed.errors()).extracting(e -> e.describe(Locale.CHINESE)).isEmpty();
            assertThat(confirmed.done()).isTrue();
            System.out.println("bench: workbook confirm " + String.format(Locale.ROOT, "%.1f s, %d MB", confirmSeconds, confirmPeak)
                    + ", load average " + loadAverage());
            // the shared test database and import folder back as the other tests expect them
            deleteTree(Path.of("target", "no-imports", confirmed.batch()));
            loadShippedData();
        }

        // the fixed part, measured warm after the batches (median of LOADS each): the shipped data loaded alone,
        // a dry run of it alone (rolled back), and a preview of one workbook (the whole preview with next to nothing in it)
        double[] loads = new double[LOADS];
        double[] dryRuns = new double[LOADS];
        double[] ones = new double[LOADS];
        com.perfdash.ingest.DataFolderLoader folder = context.getBean(com.perfdash.ingest.DataFolderLoader.class);
        for (int i = 0; i < LOADS; i++) {
            long start = System.nanoTime();
            loadShippedData();
            loads[i] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            folder.dryRun(folder.sources(), h -> null);
            dryRuns[i] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ImportPreview one = imports.preview(files.subList(i, i + 1), "clerk", ImportProgress.NONE);
            ones[i] = (System.nanoTime() - start) / 1e9;
            assertThat(one.errors()).isEmpty();
            imports.cancel(one.id(), "clerk");
        }
        double load = median(loads);
        double dryRun = median(dryRuns);
        double oneFile = median(ones);

        // the first batch read and recognized alone (what the preview does first, file by file), per layout, warm
        ReportRecognizer recognizer = new ReportRecognizer();
        Map<DemoWorkbook.Layout, double[]> perLayout = new EnumMap<>(DemoWorkbook.Layout.class);
        double recognizeSeconds = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass is reported
            perLayout.clear();
            recognizeSeconds = 0;
            for (int i = 0; i < BATCH; i++) {
                SourceFile f = files.get(i);
                long start = System.nanoTime();
                Recognition rec = recognizer.recognize(DocumentReaders.forFormat(layoutOf.get(i).extension)
                        .read(f.content(), f.name(), imports.limits()), Narrative.EMPTY);
                double s = (System.nanoTime() - start) / 1e9;
                assertThat(rec.issues().stream().filter(ImportIssue::error).map(e -> e.describe(Locale.CHINESE))).as(f.name()).isEmpty();
                assertThat(rec.reportCount()).as(f.name()).isEqualTo(1);
                recognizeSeconds += s;
                double[] acc = perLayout.computeIfAbsent(layoutOf.get(i), k -> new double[2]);
                acc[0] += s;
                acc[1]++;
            }
        }

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "## Workbook import: %d demo reports as .xlsx/.xls in %d layouts, previews of %d, one batch imported%n%n"
                        + "Machine: %d cores, max heap %d MB, load average at the start %s. %d reports of data/demo, reused round-robin.%n"
                        + "Workbooks written in %.1f s (%d KB in all, largest batch %d KB).%n"
                        + "The shipped data loaded alone (median of %d): %.2f s; a dry run of it alone: %.2f s. A preview of one workbook: %.2f s.%n"
                        + "The first batch's 100 workbooks read and recognized alone (warm): %.2f s (%s).%n%n"
                        + "Read, recognized, checked and staged: until the preview's CHECK step; dry run: from it to the end.%n%n"
                        + "| batch | reports recognized | preview | read, recognized, staged | dry run and findings | beyond the one-file preview | peak heap |%n"
                        + "|---|---|---|---|---|---|---|%n",
                WORKBOOKS, layouts.length, BATCH, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                startLoad, reports.size(), writeSeconds, bytes >> 10, largestBatch >> 10, LOADS, load, dryRun, oneFile, recognizeSeconds,
                String.join(", ", perLayout.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.0f ms each",
                        e.getKey(), e.getValue()[0] * 1000 / e.getValue()[1])).toList())));
        for (int i = 0; i < previewLines.length; i++) {
            report.append(String.format(Locale.ROOT, previewLines[i], String.format(Locale.ROOT, "%.1f s", previews.get(i) - oneFile)))
                    .append('\n');
        }
        report.append(String.format(Locale.ROOT, "| %d–%d confirmed | %d new, %d replaced | %.1f s | | | %.1f s beyond the bare load | %d MB |%n",
                WORKBOOKS - BATCH + 1, WORKBOOKS, confirmed.reportsNew(), confirmed.reportsReplaced(), confirmSeconds, confirmSeconds - load,
                confirmPeak));
        double[] sorted = previews.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.append(String.format(Locale.ROOT, "%nPreviews: median %.1f s, slowest %.1f s per %d workbooks (median %.1f s beyond the "
                        + "one-file preview, %.1f s beyond the bare load); peak heap %d MB at most. Load average at the end %s.%n"
                        + "(The fixed part was measured after the batches, warm.)%n",
                median(sorted), sorted[sorted.length - 1], BATCH, median(sorted) - oneFile, median(sorted) - load, worstPeak,
                loadAverage()));
        Files.writeString(Path.of("target", "bench", "workbook-import.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
