package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook writer and reader agree: the seed's rows → workbook → the same rows. */
class ReportWorkbookRoundTripTest {

    @TempDir
    Path dir;

    static ReportRows seedRows() throws IOException {
        List<CsvBundleReader.CsvFile> files = new ArrayList<>();
        for (FileSpec f : DataFormat.FILES) {
            files.add(new CsvBundleReader.CsvFile(f.fileName(), f.fileName(), Files.readAllBytes(TestDatabase.SEED.resolve(f.fileName()))));
        }
        SourceRows read = CsvBundleReader.readLoose(files, ImportLimits.DEFAULT);
        assertThat(read.issues()).isEmpty();
        return read.report();
    }

    @Test
    void the_seed_written_as_a_workbook_reads_back_as_the_same_rows() throws IOException {
        ReportRows seed = seedRows();
        Path xlsx = dir.resolve("seed.xlsx");
        Files.write(xlsx, ReportWorkbookWriter.report(seed));

        SourceRows read = ReportWorkbookReader.read(xlsx, "seed.xlsx", ImportLimits.DEFAULT);

        assertThat(read.issues()).isEmpty();
        ReportRows back = read.report();
        assertThat(back.unit()).isEqualTo(seed.unit());
        assertThat(back.report()).isEqualTo(seed.report());
        assertThat(back.texts()).containsExactlyInAnyOrderElementsOf(seed.texts());
        assertThat(back.projects()).containsExactlyElementsOf(seed.projects());
        assertThat(back.tables()).containsExactlyElementsOf(seed.tables());
        assertThat(back.fundsRows()).containsExactlyElementsOf(seed.fundsRows());
        assertThat(back.goals()).containsExactlyElementsOf(seed.goals());
        assertThat(back.indicators()).containsExactlyElementsOf(seed.indicators());
    }
}
