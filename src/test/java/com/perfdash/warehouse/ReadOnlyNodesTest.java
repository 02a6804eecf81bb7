package com.perfdash.warehouse;

import com.perfdash.base.db.ReadOnlyNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perfdash.Application;
import com.perfdash.TestDatabase;
import com.perfdash.importer.ImportCommand;
import com.perfdash.overview.OverviewFilter;
import com.perfdash.overview.OverviewService;
import com.perfdash.overview.YearAggregate;
import com.perfdash.review.CsvDataSet;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.ReviewStatus;
import com.perfdash.security.AuditLog;
import com.perfdash.security.CurrentUser;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances on the same warehouse folder, as behind a load balancer (docs/scale-out.md): a writer
 * that loaded the real seed report and exported it, and a read-only node over its export. Both answer;
 * the reader refuses imports and exports with the read-only message; the writer imports the demo
 * district and exports again, and the reader shows the new reports after its next refresh (every second
 * here) while it showed the old ones before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadOnlyNodesTest {

    @TempDir
    static Path dir;

    private ConfigurableApplicationContext writer;
    private ConfigurableApplicationContext reader;

    @BeforeAll
    void startTheWriterExportAndStartAReader() {
        CsvDataSet.copy(TestDatabase.SEED, dir.resolve("data"), "seed");
        writer = start("writer", false);
        writer.getBean(WarehouseService.class).export("admin");
        reader = start("reader", true);
    }

    private ConfigurableApplicationContext start(String name, boolean readOnly) {
        // as command-line arguments: they win over application.properties (builder properties would not)
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--perfdash.db.path=:memory:", "--perfdash.data.watch=false",
                "--perfdash.data.dir=" + dir.resolve("data"), "--perfdash.import.dir=" + dir.resolve(name + "-imports"),
                "--perfdash.warehouse.dir=" + dir.resolve("warehouse"),
                "--perfdash.read-only=" + readOnly, "--perfdash.read-only.refresh=1s",
                // the demo district's indicators.csv has more rows than an import takes by default
                "--perfdash.import.max-rows=100000");
    }

    @AfterAll
    void stop() {
        if (reader != null) {
            reader.close();
        }
        if (writer != null) {
            writer.close();
        }
    }

    private static List<YearAggregate> years(ConfigurableApplicationContext node) {
        return node.getBean(OverviewService.class).yearAggregates(OverviewFilter.years(2016, 2025));
    }

    private static int status(ConfigurableApplicationContext node, String path) throws IOException {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        return c.getResponseCode();
    }

    @Test
    @Order(1)
    void both_nodes_answer_and_the_reader_serves_the_writers_export() throws IOException {
        assertThat(status(writer, "/login")).isEqualTo(200);
        assertThat(status(reader, "/login")).isEqualTo(200);
        assertThat(reader.getBean(WarehouseReader.class).loadedExport()).isPresent();
        assertThat(years(reader)).singleElement().satisfies(y -> {
            assertThat(y.fiscalYear()).isEqualTo(2020);
            assertThat(y.fullYearBudget()).isEqualByComparingTo("516.66");
            assertThat(y.medianScore()).isEqualByComparingTo("92");
        });
        assertThat(years(reader)).isEqualTo(years(writer));
    }

    @Test
    @Order(2)
    void the_reader_refuses_imports_and_exports_with_a_clear_message() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = reader.getBean(ImportCommand.class).execute(List.of(TestDatabase.DATA.resolve("demo").toString()), "clerk", true,
                Locale.SIMPLIFIED_CHINESE, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("本节点为只读节点", "请在写入节点上操作");
        assertThatThrownBy(() -> reader.getBean(WarehouseService.class).export("admin"))
                .isInstanceOf(ReadOnlyNode.ReadOnlyNodeException.class).hasMessageContaining("只读节点");
        assertThat(years(reader)).hasSize(1);
    }

    @Test
    @Order(2)
    void nobody_reviews_on_the_reader_whose_review_tables_the_next_refresh_replaces() {
        ReviewDecisions onWriter = decisions(writer);
        ReviewDecisions onReader = decisions(reader);
        assertThat(onWriter.mayReview()).isTrue();
        assertThat(onReader.mayReview()).isFalse();
        assertThat(onReader.mayComment("zz-hetang-qwbgs")).isFalse();
        assertThatThrownBy(() -> onReader.setStatus("zz-hetang-qwbgs", 2020, ReviewStatus.IN_REVIEW, null, null))
                .isInstanceOf(ReadOnlyNode.ReadOnlyNodeException.class).hasMessageContaining("只读节点");
        assertThatThrownBy(() -> onReader.comment("zz-hetang-qwbgs", 2020, "请核对"))
                .isInstanceOf(ReadOnlyNode.ReadOnlyNodeException.class);
    }

    /** The node's review service as an administrator would use it. */
    private static ReviewDecisions decisions(ConfigurableApplicationContext node) {
        return new ReviewDecisions(node.getBean(Jdbi.class), Clock.systemUTC(), node.getBean(AuditLog.class), CurrentUser.system(),
                node.getBean(ReadOnlyNode.class));
    }

    @Test
    @Order(3)
    void after_the_writer_imports_and_exports_the_reader_shows_the_new_data_after_its_refresh() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = writer.getBean(ImportCommand.class).execute(List.of(TestDatabase.DATA.resolve("demo").toString()), "clerk", true,
                Locale.SIMPLIFIED_CHINESE, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        List<YearAggregate> written = years(writer);
        assertThat(written).hasSize(10);
        // not exported yet: the reader still serves the seed alone
        Thread.sleep(1500);
        assertThat(years(reader)).hasSize(1);

        writer.getBean(WarehouseService.class).export("admin");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (years(reader).size() == 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(years(reader)).isEqualTo(written);
        assertThat(status(reader, "/login")).isEqualTo(200);
    }
}
