package com.perfdash.importer;

import static com.perfdash.importer.ImportFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.base.ui.TranslationProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The headless import prints the same preview, imports only with --yes, and says so in its exit code. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCommandTest {

    @TempDir
    static Path root;

    private ImportFixture fx;
    private ImportCommand command;

    @BeforeAll
    void setUp() throws IOException {
        fx = new ImportFixture(root);
        command = new ImportCommand(fx.service, new TranslationProvider());
    }

    @AfterEach
    void reset() {
        fx.reset();
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    private String run(List<String> paths, boolean yes, int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.execute(paths, "clerk", yes, Locale.ENGLISH, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(expectedExit);
        return printed;
    }

    @Test
    void without_yes_it_previews_a_folder_of_workbooks_and_writes_nothing() throws IOException {
        Path incoming = Files.createDirectories(root.resolve("incoming"));
        SourceFile f = fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25));
        Files.copy(f.content(), incoming.resolve("a.xlsx"));
        Files.writeString(incoming.resolve("readme.txt"), "not imported");
        String before = fx.db.contentFingerprint();

        String printed = run(List.of(incoming.toString()), false, 0);

        assertThat(printed).contains("Importing 1 files (user clerk)", "Reading file 1 of 1: a.xlsx",
                "zz-hetang-qwbgs 2020 中共株洲市荷塘区委办公室 · replaces seed",
                "Budget income (10k yuan): 516.66 → 474.25", "Preview only; nothing was written.");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
        assertThat(fx.importFolder()).containsExactly(".staging");
    }

    @Test
    void a_folder_stands_for_every_file_the_import_takes_old_xls_workbooks_included() throws IOException {
        Path incoming = Files.createDirectories(root.resolve("incoming-xls"));
        Files.copy(Path.of("src/test/resources/real-reports/sx-jishan-ybj-2020-jiandanglika.xls"), incoming.resolve("jishan.xls"));
        Files.writeString(incoming.resolve("notes.txt"), "not imported");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.execute(List.of(incoming.toString()), "clerk", false, Locale.ENGLISH, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);

        // the old workbook is read (whatever its preview finds), the text file is not
        assertThat(printed).contains("Importing 1 files (user clerk)", "Reading file 1 of 1: jishan.xls").doesNotContain("notes.txt");
    }

    @Test
    void with_yes_it_imports_and_names_the_batch() throws IOException {
        SourceFile f = fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("报告信息"), 15, "B").setCellValue(474.25));

        String printed = run(List.of(f.content().toString()), true, 0);

        assertThat(printed).contains("Imported batch 20260115-160000-1: 0 new reports, 1 replaced.");
        assertThat(fx.importLog()).containsExactly("import:accepted:20260115-160000-1");
    }

    @Test
    void errors_are_printed_with_their_cells_and_the_exit_code_is_1() throws IOException {
        SourceFile f = fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("部门整体支出绩效自评表"), 4, "D").setCellValue("abc"));

        String printed = run(List.of(f.content().toString()), true, 1);

        assertThat(printed).contains("a.xlsx, sheet 部门整体支出绩效自评表, row 4, column D 全年预算数: 'abc' is not an amount",
                "Not imported: correct the errors listed above");
        assertThat(fx.importLog()).containsExactly("import:rejected:-");
    }

    @Test
    void with_yes_it_imports_the_ready_files_prints_each_file_left_out_with_its_messages_and_exits_3() throws IOException {
        Path incoming = Files.createDirectories(root.resolve("incoming-mixed"));
        Files.copy(fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("报告信息"), 9, "B").setCellValue(2021)).content(),
                incoming.resolve("a.xlsx"));
        Files.copy(fx.seedWorkbook("b.xlsx", wb -> cell(wb.getSheet("部门整体支出绩效自评表"), 4, "D").setCellValue("abc")).content(),
                incoming.resolve("b.xlsx"));

        String printed = run(List.of(incoming.toString()), true, ImportCommand.EXIT_LEFT_OUT);

        assertThat(printed).contains("  a.xlsx · Ready · ", "  b.xlsx · Needs attention · ",
                "Imported batch 20260115-160000-1: 1 new reports, 0 replaced.",
                "1 files that need attention were not imported (they changed nothing in the database):\n  b.xlsx\n"
                        + "    b.xlsx, sheet 部门整体支出绩效自评表, row 4, column D 全年预算数: 'abc' is not an amount");
        assertThat(fx.importLog()).containsExactly("import:accepted:20260115-160000-1");
        int reports = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM report").mapTo(Integer.class).one());
        assertThat(reports).as("the seed and a.xlsx's 2021").isEqualTo(2);
    }

    @Test
    void without_yes_a_file_that_needs_attention_is_named_and_the_exit_code_is_3() throws IOException {
        SourceFile good = fx.seedWorkbook("a.xlsx", wb -> cell(wb.getSheet("报告信息"), 9, "B").setCellValue(2021));
        SourceFile bad = fx.seedWorkbook("b.xlsx", wb -> cell(wb.getSheet("部门整体支出绩效自评表"), 4, "D").setCellValue("abc"));
        String before = fx.db.contentFingerprint();

        String printed = run(List.of(good.content().toString(), bad.content().toString()), false, ImportCommand.EXIT_LEFT_OUT);

        assertThat(printed).contains("Preview only; nothing was written.",
                "1 files need attention and would be left out; with --yes only the other 1 ready files are imported.");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
    }

    @Test
    void a_file_that_does_not_exist_stops_before_reading_anything() {
        assertThat(run(List.of(root.resolve("nope.xlsx").toString()), true, 2)).contains("No such file or folder");
        assertThat(ImportCommand.requested("--import=a.xlsx", "--yes")).isTrue();
        assertThat(ImportCommand.requested("--server.port=8080")).isFalse();
    }
}
