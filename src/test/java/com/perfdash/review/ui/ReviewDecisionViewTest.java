package com.perfdash.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.perfdash.KaribuTestBase;
import com.perfdash.TestDatabase;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.DataLoader;
import com.perfdash.review.Disposition;
import com.perfdash.review.Finding;
import com.perfdash.review.ReviewRule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Dispositions on the review page over the seed (22 findings): finance's bulk action and filter; a leader only reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewDecisionViewTest extends KaribuTestBase {

    @Autowired
    Jdbi jdbi;

    @Autowired
    Clock clock;

    @Autowired
    List<AfterLoadStep> afterLoad;

    @TempDir
    static Path data;

    @BeforeAll
    void load() {
        loadOnlyTheSeed(data);
    }

    /** Leaves the shared database as the other view tests expect it: the app's data folder, no decisions. */
    @AfterAll
    void restore() {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM finding_disposition");
            com.perfdash.ingest.ReportMetricsStore.refreshReviewed(h);
        });
        new DataLoader(jdbi, clock, afterLoad).load(TestDatabase.DATA);
    }

    private static FindingsGrid grid() {
        return _get(FindingsGrid.class);
    }

    private static List<Finding> rows() {
        FindingsGrid grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void finance_marks_the_selected_findings_and_the_disposition_filter_then_finds_them() {
        signInAs("finance");
        open("review?rule=ATTAIN_POINTS_OFF_MET");
        assertThat(rows()).hasSize(4);
        assertThat(GridKt._getCellComponent(grid(), 0, FindingsGrid.DISPOSITION)).isInstanceOfSatisfying(Span.class,
                s -> assertThat(s.getText()).isEqualTo("未处理"));

        rows().subList(0, 2).forEach(grid()::select);
        @SuppressWarnings("unchecked")
        ComboBox<Disposition> decide = _get(ComboBox.class, spec -> spec.withLabel("将所选发现处理为"));
        decide.setValue(Disposition.DISMISSED);
        Button apply = _get(Button.class, spec -> spec.withText("应用到所选 2 条"));
        apply.click();
        TextField reason = _get(TextField.class, spec -> spec.withLabel("理由"));
        assertThat(reason.isInvalid()).as("不是问题 without a reason").isTrue();
        reason.setValue("扣分原因已在正文说明");
        apply.click();

        open("review?rule=ATTAIN_POINTS_OFF_MET&disposition=dismissed");
        assertThat(rows()).hasSize(2).allSatisfy(f -> {
            assertThat(f.disposition()).isEqualTo(Disposition.DISMISSED);
            assertThat(f.dispositionReason()).isEqualTo("扣分原因已在正文说明");
            assertThat(f.rule()).isEqualTo(ReviewRule.ATTAIN_POINTS_OFF_MET);
        });
        assertThat(GridKt._getCellComponent(grid(), 0, FindingsGrid.DISPOSITION)).isInstanceOfSatisfying(Span.class,
                s -> assertThat(s.getText()).isEqualTo("不是问题"));
        open("review?disposition=open");
        assertThat(rows()).hasSize(20);
    }

    @Test
    void a_leader_sees_the_dispositions_but_no_action() {
        signInAs("leader");
        UI.getCurrent().navigate("review");
        assertThat(rows()).hasSize(22);
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("将所选发现处理为"))).isEmpty();
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("处理状态"))).hasSize(1);
    }
}
