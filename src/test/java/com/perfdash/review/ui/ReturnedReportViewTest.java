package com.perfdash.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.KaribuTestBase;
import com.perfdash.review.ReviewDecisions;
import com.perfdash.review.ReviewEvent;
import com.perfdash.review.ReviewNotAllowedException;
import com.perfdash.review.ReviewStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report of the demo's 青禾区财政局 returned for correction: its unit user sees it on the unit's page with
 * the message, answers on the report page, and has no way to move the review, which the service refuses too.
 */
class ReturnedReportViewTest extends KaribuTestBase {

    private static final String UNIT = "qh-caizheng";

    @Autowired
    Jdbi jdbi;

    /** The shipped data, loaded by the app's own loader: other view tests share this database. */
    @BeforeEach
    void loadShipped() {
        loadShippedData();
    }

    @AfterEach
    void noReviews() {
        removeAllReviews();
    }

    private ReviewDecisions decisions() {
        return context.getBean(ReviewDecisions.class);
    }

    @Test
    void the_unit_sees_its_returned_report_and_answers_but_cannot_move_the_review() {
        signInAs("finance");
        decisions().setStatus(UNIT, 2024, ReviewStatus.RETURNED, "项目资金合计与明细不符，请更正后重新导入", null);

        signInAs("unit");
        UI.getCurrent().navigate("units/" + UNIT);
        Div returned = _get(Div.class, spec -> spec.withClasses("unit-returned"));
        assertThat(returned.getElement().getTextRecursively()).contains("2024 年度报告", "项目资金合计与明细不符，请更正后重新导入");

        UI.getCurrent().navigate("units/" + UNIT + "/2024");
        assertThat(_find(Button.class, spec -> spec.withText("更新审核状态"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("记录更正"))).isEmpty();
        _get(TextField.class, spec -> spec.withLabel("回复或备注")).setValue("已更正项目明细，将于本周重新导入");
        _get(Button.class, spec -> spec.withText("发表")).click();

        assertThat(decisions().events(UNIT, 2024)).first().satisfies(e -> {
            assertThat(e.comment()).isTrue();
            assertThat(e.username()).isEqualTo("unit");
            assertThat(e.message()).isEqualTo("已更正项目明细，将于本周重新导入");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decisions().setStatus(UNIT, 2024, ReviewStatus.REVIEWED, null,
                new BigDecimal("100"))).isInstanceOf(ReviewNotAllowedException.class);
        assertThat(decisions().events(UNIT, 2024)).extracting(ReviewEvent::comment).containsExactly(true, false);
    }

    @Test
    void finance_moves_the_review_on_the_report_page() {
        signInAs("finance");
        UI.getCurrent().navigate("units/" + UNIT + "/2024");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<ReviewStatus> status =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("审核状态"));
        status.setValue(ReviewStatus.REVIEWED);
        _get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withLabel("复核得分（分）"))
                .setValue(new BigDecimal("86"));
        _get(Button.class, spec -> spec.withText("更新审核状态")).click();

        assertThat(decisions().review(UNIT, 2024).status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(decisions().review(UNIT, 2024).reviewedGrade()).isEqualTo("良");
    }
}
