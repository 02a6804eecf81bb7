package com.perfdash.importer;

import com.perfdash.security.CurrentUser;
import com.perfdash.base.db.ReadOnlyNode;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The import without the page, for bulk loads: the same {@link ImportService} (read → dry run → preview;
 * with {@code --yes} confirm), printed to the console. Runs when the app is started with
 * {@code --import=<file or folder>[,…]} (the app then listens on a free loopback port only, and exits
 * when done; see README, "Import"). It runs as the app itself, over every unit. Options:
 * {@code --import.user=<name>} (default: system),
 * {@code --import.lang=en} (default Chinese), {@code --yes}. Each file is ready or left out whole (its
 * errors printed under it); with --yes the ready files are imported. Exit code 0 when every file is ready
 * (and, with --yes, imported), {@value #EXIT_LEFT_OUT} when the ready files are (or, without --yes, would be)
 * imported and at least one file was left out, 1 when nothing is imported (every file needs attention, or
 * the import failed), 2 for a file that does not exist.
 */
@Component
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String OPTION = "import";
    /** The exit code when the ready files were imported (or would be, without --yes) and some file was left out. */
    public static final int EXIT_LEFT_OUT = 3;

    private final ImportService imports;
    private final I18NProvider texts;
    private final ReadOnlyNode node;
    private int exitCode;

    public ImportCommand(ImportService imports, I18NProvider texts) {
        this(imports, texts, new ReadOnlyNode(false));
    }

    @Autowired
    public ImportCommand(ImportService imports, I18NProvider texts, ReadOnlyNode node) {
        this.imports = imports;
        this.texts = texts;
        this.node = node;
    }

    /** Whether the app was started to run this command (and so without a web server). */
    public static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("--" + OPTION) || a.startsWith("--" + OPTION + "="));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        List<String> paths = args.getOptionValues(OPTION).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        // a command runs as the app itself, over every unit; --import.user names who did it in the records
        String user = first(args.getOptionValues("import.user"), CurrentUser.system().username());
        Locale locale = "en".equals(first(args.getOptionValues("import.lang"), "zh")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        exitCode = execute(paths, user, args.containsOption("yes"), locale, System.out);
    }

    private static String first(List<String> values, String fallback) {
        return values == null || values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Previews the files (a folder stands for its files the import takes, {@link ImportService#ACCEPTED_EXTENSIONS}) and, with {@code yes}, imports them. */
    public int execute(List<String> paths, String user, boolean yes, Locale locale, PrintStream out) {
        if (node.active()) {
            out.println(ReadOnlyNode.REFUSAL);
            return 1;
        }
        List<SourceFile> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                files.addAll(filesIn(path));
            } else if (Files.isRegularFile(path)) {
                files.add(new SourceFile(path.getFileName().toString(), path));
            } else {
                out.println(t(locale, "import.cli.noSuchFile", p));
                return 2;
            }
        }
        out.println(t(locale, "import.cli.start", files.size(), user));
        ImportPreview preview = imports.preview(files, user, (step, done, total, name) -> {
            if (step == ImportProgress.Step.READ) {
                out.println("  " + t(locale, "import.progress.read", done + 1, total, name));
            } else if (step == ImportProgress.Step.CHECK) {
                out.println("  " + t(locale, "import.progress.check"));
            }
        });
        print(preview, locale, out);
        if (!preview.acceptable()) {
            out.println(t(locale, "import.cli.refused"));
            return 1;
        }
        int exit = preview.leftOut().isEmpty() ? 0 : EXIT_LEFT_OUT;
        if (!yes) {
            imports.cancel(preview.id(), user);
            out.println(t(locale, "import.cli.dryRun"));
            if (exit != 0) {
                out.println(t(locale, "import.cli.wouldLeaveOut", preview.leftOut().size(), preview.ready().size()));
            }
            return exit;
        }
        ImportOutcome outcome = imports.confirm(preview.id(), user);
        if (outcome.done()) {
            out.println(t(locale, "import.confirm.done", outcome.batch(), outcome.reportsNew(), outcome.reportsReplaced()));
            if (!outcome.leftOut().isEmpty()) {
                out.println(t(locale, "import.cli.leftOut", outcome.leftOut().size()));
                for (FileOutcome f : outcome.leftOut()) {
                    out.println("  " + f.name());
                    f.errors().forEach(e -> out.println("    " + e.describe(locale)));
                }
            }
            return exit;
        }
        outcome.errors().forEach(e -> out.println(e.describe(locale)));
        return 1;
    }

    private static List<SourceFile> filesIn(Path dir) {
        // a data set folder's manifest (DataSetManifest) describes the folder's files; it is not one to import
        boolean dataSetManifest = com.perfdash.ingest.DataSetManifest.present(dir);
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isRegularFile)
                    .filter(f -> !(dataSetManifest && f.getFileName().toString().equals(com.perfdash.ingest.LoadSources.MANIFEST)))
                    .filter(f -> ImportService.ACCEPTED_EXTENSIONS.stream()
                            .anyMatch(e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted().map(f -> new SourceFile(f.getFileName().toString(), f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(ImportPreview p, Locale locale, PrintStream out) {
        out.println(t(locale, "import.preview.summary", p.files().size(), p.newReports().size(), p.replacedReports().size(),
                p.errors().size(), p.notes().size()));
        out.println(t(locale, "import.files.heading") + ":");
        for (int i = 0; i < p.files().size(); i++) {
            ImportedFile f = p.files().get(i);
            FileOutcome o = i < p.outcomes().size() ? p.outcomes().get(i) : null;
            out.println("  " + f.name() + (o == null ? "" : " · " + t(locale, o.ready() ? "import.file.ready" : "import.file.leftOut"))
                    + " · " + t(locale, "import.format." + f.format()) + " · " + f.sizeBytes() + " B · "
                    + t(locale, "import.cli.reports", f.reports()) + " · sha256 " + f.sha256());
            if (o != null) {
                o.errors().forEach(e -> out.println("      " + e.describe(locale)));
            }
        }
        // (a file's errors are printed under it)
        section(out, t(locale, "import.errors.heading"), p.generalErrors().stream().map(e -> e.describe(locale)).toList());
        section(out, t(locale, "import.notes.heading"), p.notes().stream().map(e -> e.describe(locale)).toList());
        section(out, t(locale, "import.new.heading"), p.newReports().stream().map(r -> r.unitCode() + " " + r.fiscalYear() + " "
                + r.unitName() + " · " + t(locale, "import.figure.FULL_YEAR_BUDGET") + " " + money(r.after().fullYearBudget())
                + " · " + t(locale, "import.figure.EXECUTED") + " " + money(r.after().executed())).toList());
        List<String> replaced = new ArrayList<>();
        for (ReportChange r : p.replacedReports()) {
            replaced.add(r.unitCode() + " " + r.fiscalYear() + " " + r.unitName() + " · " + t(locale, "import.cli.replaces", r.replacedDataSet()));
            r.figures().stream().filter(FigureChange::changed).forEach(f -> replaced.add("    " + t(locale, "import.figure." + f.figure().name())
                    + ": " + value(f.figure(), f.before()) + " → " + value(f.figure(), f.after())));
            if (r.gradeChanged()) {
                replaced.add("    " + t(locale, "import.figure.GRADE") + ": " + r.before().grade() + " → " + r.after().grade());
            }
            for (TableChange c : r.changedTables()) {
                replaced.add("    " + t(locale, "import.table." + c.kind().name(), c.project()) + ": " + c.figures().stream()
                        .map(f -> t(locale, "import.figure." + f.figure().name()) + " " + value(f.figure(), f.before()) + " → "
                                + value(f.figure(), f.after())).collect(java.util.stream.Collectors.joining(", ")));
            }
            if (!r.anyChange()) {
                replaced.add("    " + t(locale, "import.cli.unchanged"));
            }
        }
        section(out, t(locale, "import.replaced.heading"), replaced);
        section(out, t(locale, "import.findings.heading"), p.findings().stream()
                .map(f -> f.unitCode() + " " + f.fiscalYear() + " [" + f.severity() + "] " + (f.added() ? "(+) " : "")
                        + f.message(locale)).toList());
    }

    private static void section(PrintStream out, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            out.println(heading + " (" + lines.stream().filter(l -> !l.startsWith("    ")).count() + "):");
            lines.forEach(l -> out.println("  " + l));
        }
    }

    private static String money(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String value(KeyFigure f, BigDecimal v) {
        if (v == null) {
            return "—";
        }
        // plain text for a terminal or a log: no grouping, so that a number copies as a number
        return switch (f.kind()) {
            case MONEY -> money(v);
            case RATE -> v.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
            case POINTS, COUNT -> v.stripTrailingZeros().toPlainString();
        };
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.getTranslation(key, locale, args);
    }
}
