package com.perfdash.ingest.demo;

import com.perfdash.ingest.DataSetManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Writes the demo district 青禾区 as a data set in the eight-file CSV format.
 *
 * <pre>{@code
 * DemoSummary summary = new DemoDistrictGenerator(DemoSpec.defaults()).writeTo(Path.of("data/demo"));
 * }</pre>
 *
 * The output is a function of the {@link DemoSpec} only: the same spec writes byte-identical files on
 * any machine, in any locale or time zone. Each unit draws from its own random stream, so a larger set
 * starts with the same units, figures and texts as a smaller one with the same seed.
 *
 * <p>From the command line: {@code --out <folder> [--units N] [--from 2016] [--to 2025] [--seed 20240601]
 * [--name demo-district]}.
 */
public final class DemoDistrictGenerator {

    /** Units rendered per parallel batch: enough to keep two cores busy, few enough to keep memory flat. */
    private static final int BATCH = 64;

    private final DemoSpec spec;

    public DemoDistrictGenerator(DemoSpec spec) {
        this.spec = spec;
    }

    /** Writes the eight files and their manifest ({@link DataSetManifest}) into {@code folder} (created if missing, files replaced). */
    public DemoSummary writeTo(Path folder) throws IOException {
        return writeTo(folder, defect -> { });
    }

    /**
     * Writes the eight files and hands every planted defect to {@code defects}, in the order written. The
     * record is for tests and tooling; it is never written beside the data.
     */
    public DemoSummary writeTo(Path folder, Consumer<InjectedDefect> defects) throws IOException {
        ReportFactory factory = new ReportFactory(spec.seed());
        DefectInjector injector = new DefectInjector(spec.seed(), factory);
        Map<DefectKind, Integer> defectCounts = new EnumMap<>(DefectKind.class);
        int reports = 0;
        DemoSummary summary;
        try (DemoCsvWriter out = new DemoCsvWriter(folder)) {
            for (int index = 0; index < spec.unitCount(); index++) {
                out.unit(DistrictCatalog.unitAt(index, spec.seed()));
            }
            // Units are rendered in parallel a batch at a time and appended in unit order: each unit draws
            // from its own streams, so the bytes do not depend on which thread rendered it.
            for (int start = 0; start < spec.unitCount(); start += BATCH) {
                List<RenderedUnit> batch = IntStream.range(start, Math.min(spec.unitCount(), start + BATCH))
                        .parallel()
                        .mapToObj(index -> render(index, factory, injector))
                        .toList();
                for (RenderedUnit unit : batch) {
                    out.append(unit.rows());
                    reports += unit.reports();
                    for (InjectedDefect d : unit.defects()) {
                        defectCounts.merge(d.kind(), 1, Integer::sum);
                        defects.accept(d);
                    }
                }
            }
            summary = new DemoSummary(spec.unitCount(), reports, out.rowCounts(), defectCounts);
        }
        DataSetManifest.write(folder); // after the files are closed: what they hold on disk
        return summary;
    }

    private RenderedUnit render(int index, ReportFactory factory, DefectInjector injector) {
        UnitProfile profile = new UnitProfile(DistrictCatalog.unitAt(index, spec.seed()), index, spec);
        DemoCsvWriter.Rows rows = new DemoCsvWriter.Rows(spec.sourceFile());
        List<InjectedDefect> defects = new ArrayList<>();
        int reports = 0;
        for (int year = spec.fromYear(); year <= spec.toYear(); year++) {
            if (profile.reportsIn(year)) {
                ReportDraft report = factory.build(profile, year);
                injector.inject(report, defects::add);
                rows.report(report);
                reports++;
            }
        }
        return new RenderedUnit(rows, reports, defects);
    }

    /** One unit's reports, rendered as CSV text, with the defects planted in them. */
    private record RenderedUnit(DemoCsvWriter.Rows rows, int reports, List<InjectedDefect> defects) {}

    public static void main(String[] args) throws IOException {
        Cli cli;
        try {
            cli = Cli.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Cli.USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        DemoSummary summary = new DemoDistrictGenerator(cli.spec()).writeTo(cli.out());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("wrote " + summary.units() + " units, " + summary.reports() + " reports to " + cli.out()
                + " in " + millis + " ms");
        summary.rowsPerFile().forEach((file, rows) -> System.out.println("  " + file + ": " + rows + " rows"));
        summary.defects().forEach((kind, count) -> System.out.println("  defect " + kind + ": " + count));
    }

    /** The command line: where to write and the spec; anything not given takes the default spec's value. */
    record Cli(Path out, DemoSpec spec) {

        static final String USAGE = "usage: DemoDistrictGenerator --out <folder> [--units N] [--from 2016] [--to 2025]"
                + " [--seed 20240601] [--name demo-district]";

        static Cli parse(String... args) {
            Path out = null;
            long seed = DemoSpec.DEFAULT_SEED;
            int units = DemoSpec.DEFAULT_UNITS;
            int from = DemoSpec.DEFAULT_FROM;
            int to = DemoSpec.DEFAULT_TO;
            String name = DemoSpec.DEFAULT_NAME;
            for (int k = 0; k < args.length; k++) {
                String option = args[k];
                if (k + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + option);
                }
                String value = args[++k];
                try {
                    switch (option) {
                        case "--out" -> out = Path.of(value);
                        case "--units" -> units = Integer.parseInt(value);
                        case "--from" -> from = Integer.parseInt(value);
                        case "--to" -> to = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--name" -> name = value;
                        default -> throw new IllegalArgumentException("unknown option " + option);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number for " + option + ": " + value);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out <folder> is required");
            }
            return new Cli(out, new DemoSpec(seed, units, from, to, name));
        }
    }
}
