package com.perfdash.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.catalog.LoadStatusService;
import com.perfdash.ingest.DataFolderLoader;
import com.perfdash.ingest.DataLoadException;
import com.perfdash.ingest.HeldReloads;
import com.perfdash.ingest.LoadProblem;
import com.perfdash.ingest.LoadSources;
import com.perfdash.security.AuditLog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 数据概况 page shows how the loads went, not only the server log: the latest failed load with its
 * problems, and a held reload with its rows before and after, which only an administrator confirms or
 * dismisses.
 */
class LoadStatusViewTest extends KaribuTestBase {

    @TempDir
    Path dir;

    private int left;

    @BeforeEach
    void aHeldReloadAndThenAFailedLoad() throws IOException {
        Path data = dir.resolve("data");
        for (String set : List.of("demo", "seed")) {
            Path to = Files.createDirectories(data.resolve(set));
            try (Stream<Path> files = Files.list(TestDatabase.DATA.resolve(set))) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(LoadSources.MANIFEST)).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        var loader = context.getBean(DataFolderLoader.class).loader();
        LoadSources sources = new LoadSources(data, dir.resolve("no-imports"));
        loader.load(sources);
        // indicators.csv cut off after a line break halfway: held
        Path indicators = data.resolve("demo/indicators.csv");
        String text = Files.readString(indicators, StandardCharsets.UTF_8);
        String kept = text.substring(0, text.indexOf('\n', text.length() / 2) + 1);
        Files.writeString(indicators, kept, StandardCharsets.UTF_8);
        left = (int) kept.chars().filter(c -> c == '\n').count() - 1;
        assertThatThrownBy(() -> loader.load(sources)).isInstanceOf(HeldReloads.HeldLoadException.class);
        // the same files beside the demo set's manifest: refused
        Files.copy(TestDatabase.DATA.resolve("demo").resolve(LoadSources.MANIFEST), data.resolve("demo").resolve(LoadSources.MANIFEST));
        assertThatThrownBy(() -> loader.load(sources)).isInstanceOf(DataLoadException.class)
                .isNotInstanceOf(HeldReloads.HeldLoadException.class);
    }

    @AfterEach
    void settleAndReloadTheShippedData() {
        // the holds go (a dismissal is remembered for the same files, and the next test holds them again)
        context.getBean(org.jdbi.v3.core.Jdbi.class).useHandle(h -> {
            h.execute("DELETE FROM held_load_rows");
            h.execute("DELETE FROM held_load");
        });
        loadShippedData(); // a successful load last: no failure left on the page for other tests
    }

    private static Div panel(String className) {
        return _get(Div.class, spec -> spec.withClasses(className));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String className) {
        return _get(Grid.class, spec -> spec.withClasses(className));
    }

    @Test
    void the_failed_load_shows_its_problems_and_the_held_reload_its_rows_before_and_after() {
        UI.getCurrent().navigate("data");

        assertThat(_get(panel("load-failure"), H3.class).getText()).isEqualTo("最近一次加载失败");
        Grid<LoadProblem> problems = grid("load-problems");
        assertThat(GridKt._size(problems)).isEqualTo(1);
        assertThat(GridKt._get(problems, 0).file()).isEqualTo("demo/indicators.csv");
        assertThat(GridKt._get(problems, 0).message()).contains("expects 6798 data rows", "found " + left + " data rows");
        // the page says it in the reader's language, Chinese first
        assertThat(GridKt._getFormattedRow(problems, 0).get(GridKt._getFormattedRow(problems, 0).size() - 1))
                .contains("清单", "6798", String.valueOf(left));

        Div held = panel("held-reload");
        assertThat(_get(held, H3.class).getText()).isEqualTo("重新加载已暂停，等待管理员决定");
        assertThat(_get(held, Paragraph.class).getText()).contains("超过 20%", "超过 50 行");
        Grid<HeldReloads.FileRows> rows = grid("held-rows");
        assertThat(GridKt._size(rows)).isEqualTo(8);
        assertThat(GridKt._getFormattedRow(rows, 7)).containsExactly("demo/indicators.csv", "6,798", String.format("%,d", left));
        assertThat(GridKt._getFormattedRow(rows, 1)).containsExactly("demo/reports.csv", "270", "270");
        _get(held, Button.class, spec -> spec.withClasses("held-confirm"));
        _get(held, Button.class, spec -> spec.withClasses("held-dismiss"));
    }

    @Test
    void only_an_administrator_sees_the_buttons_and_may_decide() {
        signInAs("finance");
        UI.getCurrent().navigate("data");

        Div held = panel("held-reload");
        _assertNone(held, Button.class);
        assertThat(_get(held, Paragraph.class, spec -> spec.withClasses("held-admin-only")).getText()).contains("管理员");
        long id = context.getBean(LoadStatusService.class).heldReloads().get(0).heldId();
        assertThatThrownBy(() -> context.getBean(LoadStatusService.class).dismiss(id))
                .isInstanceOf(LoadStatusService.NotAllowedException.class);
        assertThat(context.getBean(LoadStatusService.class).heldReloads()).hasSize(1);
    }

    @Test
    void an_administrators_dismissal_keeps_the_loaded_data_and_is_audited() {
        UI.getCurrent().navigate("data");
        int indicators = context.getBean(org.jdbi.v3.core.Jdbi.class)
                .withHandle(h -> h.createQuery("SELECT count(*) FROM indicator").mapTo(Integer.class).one());

        _click(_get(panel("held-reload"), Button.class, spec -> spec.withClasses("held-dismiss")));

        _assertNone(Div.class, spec -> spec.withClasses("held-reload"));
        assertThat(context.getBean(LoadStatusService.class).heldReloads()).isEmpty();
        int after = context.getBean(org.jdbi.v3.core.Jdbi.class)
                .withHandle(h -> h.createQuery("SELECT count(*) FROM indicator").mapTo(Integer.class).one());
        assertThat(after).isEqualTo(indicators).isEqualTo(6820);
        AuditLog.Entry last = context.getBean(AuditLog.class).latest(1).get(0);
        assertThat(last.username() + " " + last.event() + " " + last.detail())
                .isEqualTo("admin data_reload_dismissed held reload " + last.detail().split(" ")[2] + " demo/indicators.csv 6798 → " + left);
    }
}
