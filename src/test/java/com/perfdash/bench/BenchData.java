package com.perfdash.bench;

import com.perfdash.ingest.demo.DemoDistrictGenerator;
import com.perfdash.ingest.demo.DemoSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's data: the demo generator's district at province scale, written once under
 * {@code target/bench-data/} and reused while the spec is unchanged (a marker file holds it). Never
 * committed: it is several hundred megabytes of CSV.
 */
final class BenchData {

    /**
     * 5,000 units over ten fiscal years (province scale; {@code -Dbench.units=100000}, or the profile
     * {@code national}, for national scale), the demo seed; the data set folder is named {@code bench}.
     */
    static final DemoSpec SPEC = new DemoSpec(DemoSpec.DEFAULT_SEED, Integer.getInteger("bench.units", 5000), 2016, 2025, "bench");

    private BenchData() {
    }

    /** The data folder (holding the data set folder {@code bench/}), generated when missing or stale. */
    static Path dataDir(DemoSpec spec) throws IOException {
        Path root = Path.of("target", "bench-data", "units" + spec.unitCount() + "-" + spec.fromYear() + "-" + spec.toYear()
                + "-seed" + spec.seed()).toAbsolutePath();
        Path set = root.resolve(spec.datasetName());
        Path marker = root.resolve("spec.txt");
        String expected = spec.toString();
        if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
            return root;
        }
        Files.createDirectories(set);
        Files.deleteIfExists(marker);
        long started = System.nanoTime();
        var summary = new DemoDistrictGenerator(spec).writeTo(set);
        System.out.printf("Generated %d units, %d reports in %d ms into %s%n", summary.units(), summary.reports(),
                (System.nanoTime() - started) / 1_000_000, set);
        Files.writeString(marker, expected, StandardCharsets.UTF_8);
        return root;
    }
}
