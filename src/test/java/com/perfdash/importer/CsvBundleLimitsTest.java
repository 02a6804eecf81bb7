package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.TestDatabase;
import com.perfdash.ingest.DataFormat;
import com.perfdash.ingest.FileSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unpacked bytes of a whole ZIP bundle are bounded, not only each entry's. */
class CsvBundleLimitsTest {

    @TempDir
    Path dir;

    /** The seed's eight files in {@code sets} folders, written as a stream (sizes unknown in the headers). */
    private Path bundle(int sets) throws IOException {
        Path zip = dir.resolve("sets.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int s = 1; s <= sets; s++) {
                for (FileSpec f : DataFormat.FILES) {
                    z.putNextEntry(new ZipEntry("set" + s + "/" + f.fileName()));
                    z.write(Files.readAllBytes(TestDatabase.SEED.resolve(f.fileName())));
                    z.closeEntry();
                }
            }
        }
        return zip;
    }

    @Test
    void a_bundle_unpacking_beyond_its_total_limit_is_refused_at_the_entry_that_crosses_it() throws IOException {
        long seedBytes = 0;
        for (FileSpec f : DataFormat.FILES) {
            seedBytes += Files.size(TestDatabase.SEED.resolve(f.fileName()));
        }
        ImportLimits limits = ImportLimits.DEFAULT.withMaxInflatedBytes(3 * seedBytes + seedBytes / 2);

        SourceRows three = CsvBundleReader.readZip(bundle(3), "sets.zip", limits);
        assertThat(three.issues()).noneMatch(ImportIssue::error);

        SourceRows five = CsvBundleReader.readZip(bundle(5), "sets.zip", limits);
        assertThat(five.issues()).filteredOn(ImportIssue::error).singleElement().satisfies(i -> {
            assertThat(i.where().file()).startsWith("sets.zip › set4/");
            assertThat(i.message(Locale.CHINESE)).startsWith("已拒绝：数据包解压后超过 ")
                    .endsWith("：请把数据分成几个较小的数据包分别上传。");
        });
        assertThat(five.rows()).isEmpty();
    }
}
