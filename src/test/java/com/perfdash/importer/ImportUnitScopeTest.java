package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import com.perfdash.security.DataScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A unit user's import may declare only its own unit, as it exists (its name may change, its
 * category not); another unit or a new one is an error at its units.csv row, and nothing is
 * written. Finance may create units. Every accepted import's declared units go to the audit log.
 */
class ImportUnitScopeTest extends ImportFixtureTest {

    private static final String OWN = "zz-hetang-qwbgs";
    private static final String OWN_ROW = "zz-hetang-qwbgs,中共株洲市荷塘区委办公室,党委部门,株洲市荷塘区";

    private String seedCsv(String name) {
        try {
            return Files.readString(fx.data.resolve("seed").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed as a CSV bundle, its units.csv edited. */
    private SourceFile bundle(UnaryOperator<String> units) throws IOException {
        return bundle(units, UnaryOperator.identity());
    }

    /** The seed as a CSV bundle, its units.csv edited by {@code units} and every file by {@code all}. */
    private SourceFile bundle(UnaryOperator<String> units, UnaryOperator<String> all) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (FileSpec f : DataFormat.FILES) {
                String csv = all.apply(seedCsv(f.fileName()));
                z.putNextEntry(new ZipEntry(f.fileName()));
                z.write((f == DataFormat.UNITS ? units.apply(csv) : csv).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return fx.file("bundle.zip", out.toByteArray());
    }

    private ImportPreview asUnit(SourceFile file) {
        return fx.service.preview(List.of(file), "hetang", DataScope.unit(OWN), ImportProgress.NONE);
    }

    private static List<String> errors(ImportPreview p) {
        return p.errors().stream().map(e -> e.describe(Locale.CHINESE)).toList();
    }

    @Test
    void a_unit_user_declaring_another_unit_is_refused_at_its_row_and_nothing_changes() throws IOException {
        String before = fx.db.contentFingerprint();
        ImportPreview p = asUnit(bundle(u -> u + "qh-caizheng,<b>青禾区财政局</b>,政府部门,青禾区\n"));

        assertThat(errors(p)).containsExactly("bundle.zip › units.csv，第 2 行，列 unit_code："
                + "只能声明本单位（zz-hetang-qwbgs）的单位信息，“qh-caizheng”是其他单位：新建或修改其他单位请联系财政绩效科或管理员。");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
        assertThat(fx.audit).containsExactly("hetang import_rejected bundle.zip: 1 errors");
    }

    @Test
    void a_unit_user_may_not_change_its_own_category() throws IOException {
        ImportPreview p = asUnit(bundle(u -> u.replace(OWN_ROW, OWN_ROW.replace("党委部门", "事业单位"))));

        assertThat(errors(p)).containsExactly("bundle.zip › units.csv，第 1 行，列 category："
                + "不能修改本单位的类别（现为“党委部门”，此处为“事业单位”）：请填写“党委部门”，如需修改类别请联系财政绩效科或管理员。");
    }

    @Test
    void a_unit_user_may_not_create_a_unit_not_even_its_own() throws IOException {
        String before = fx.db.contentFingerprint();
        ImportPreview p = fx.service.preview(List.of(bundle(u -> u, all -> all.replace(OWN, "qh-new"))), "newcomer",
                DataScope.unit("qh-new"), ImportProgress.NONE);

        assertThat(errors(p)).containsExactly("bundle.zip › units.csv，第 1 行，列 unit_code："
                + "单位“qh-new”尚未建立：新建单位由财政绩效科或管理员办理，请联系他们先建立本单位。");
        assertThat(fx.db.contentFingerprint()).isEqualTo(before);
    }

    @Test
    void a_unit_user_may_rename_its_own_unit_and_the_audit_log_says_what_changed() throws IOException {
        ImportPreview p = asUnit(bundle(u -> u.replace("中共株洲市荷塘区委办公室,", "中共株洲市荷塘区委办公室（新）,")));
        assertThat(p.errors()).isEmpty();
        String batch = fx.service.confirm(p.id(), "hetang").batch();

        assertThat(fx.audit).containsExactly("hetang import_accepted " + batch + ": bundle.zip (0 new, 1 replaced)",
                "hetang import_units " + batch + ": zz-hetang-qwbgs (unit_name: 中共株洲市荷塘区委办公室 → 中共株洲市荷塘区委办公室（新）)");
        String name = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT unit_name FROM unit").mapTo(String.class).one());
        assertThat(name).isEqualTo("中共株洲市荷塘区委办公室（新）");
    }

    @Test
    void finance_may_create_a_unit_and_the_audit_log_names_it_new() throws IOException {
        ImportPreview p = fx.service.preview(List.of(bundle(u -> u, all -> all.replace(OWN, "qh-new"))), "finance",
                DataScope.ALL_UNITS, ImportProgress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.newReports()).hasSize(1);
        String batch = fx.service.confirm(p.id(), "finance").batch();

        assertThat(fx.audit).containsExactly("finance import_accepted " + batch + ": bundle.zip (1 new, 0 replaced)",
                "finance import_units " + batch + ": qh-new (new: 中共株洲市荷塘区委办公室, 党委部门)");
        int created = fx.db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM unit WHERE unit_code = 'qh-new'")
                .mapTo(Integer.class).one());
        assertThat(created).isEqualTo(1);
    }
}
