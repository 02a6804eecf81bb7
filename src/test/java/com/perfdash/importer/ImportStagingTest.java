package com.perfdash.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.security.DataScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Abandoned previews do not stay on disk: a sweep drops those nobody confirmed or cancelled in time,
 * with their staged files and a log row, and one user's previews may hold only so much.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportStagingTest {

    @TempDir
    static Path root;

    private ImportFixture fx;
    private final MovingClock clock = new MovingClock();
    private ImportService service;

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    void setUp() throws IOException {
        fx = new ImportFixture(root);
    }

    private ImportService service(ImportLimits limits) {
        return new ImportService(fx.db.jdbi(), clock, fx.folder, limits, ImportService.FindingsReader.NONE, ImportService.Audit.NONE);
    }

    @AfterEach
    void reset() {
        fx.reset();
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    private ImportPreview preview(String user) throws IOException {
        return service.preview(List.of(fx.seedWorkbook(user + ".xlsx")), user, DataScope.ALL_UNITS, ImportProgress.NONE);
    }

    private List<String> staged() throws IOException {
        Path staging = fx.imports.resolve(".staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (var children = Files.list(staging)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_preview_nobody_confirms_is_swept_with_its_files_after_its_time() throws IOException {
        service = service(ImportLimits.DEFAULT);
        ImportPreview left = preview("clerk");
        assertThat(left.acceptable()).isTrue();
        assertThat(staged()).containsExactly(left.id());
        // a staging folder no preview owns (left by a crash), as old as the preview
        Path orphan = Files.createDirectories(fx.imports.resolve(".staging").resolve("20200101000000-orphan"));
        Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(clock.now));

        clock.now = clock.now.plus(Duration.ofMinutes(20));
        assertThat(service.sweepAbandoned(Duration.ofMinutes(30))).isZero();
        assertThat(staged()).containsExactly("20200101000000-orphan", left.id());

        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(service.sweepAbandoned(Duration.ofMinutes(30))).isEqualTo(1);

        assertThat(staged()).isEmpty();
        assertThat(fx.importLog()).containsExactly("import:cancelled:-");
        assertThat(service.confirm(left.id(), "clerk").done()).as("a swept preview cannot be confirmed").isFalse();
    }

    @Test
    void one_user_s_unconfirmed_previews_are_capped_and_the_message_says_what_to_do() throws IOException {
        long workbook = fx.seedBytes().length;
        service = service(ImportLimits.DEFAULT.withMaxStagingBytesPerUser(2 * workbook + workbook / 2));
        assertThat(preview("clerk").acceptable()).isTrue();
        assertThat(preview("clerk").acceptable()).isTrue();

        ImportPreview third = preview("clerk");

        assertThat(third.acceptable()).isFalse();
        assertThat(third.errors()).singleElement().satisfies(e -> assertThat(e.message(Locale.CHINESE))
                .startsWith("您有 2 个尚未确认或取消的导入预览，共 ")
                .endsWith("的上限：请先确认或取消它们（关闭页面的预览稍后会自动清除），然后再上传。"));
        assertThat(staged()).hasSize(2);
        assertThat(preview("other").acceptable()).as("another user is not held up").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        service.sweepAbandoned(Duration.ofMinutes(30));
        assertThat(preview("clerk").acceptable()).as("room again once the old ones are gone").isTrue();
    }
}
