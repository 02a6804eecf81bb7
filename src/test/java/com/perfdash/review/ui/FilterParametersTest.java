package com.perfdash.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewRule;
import com.perfdash.review.Severity;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class FilterParametersTest {

    @Test
    void a_filter_goes_into_the_address_and_comes_back() {
        FindingFilter f = new FindingFilter(ReviewRule.SCORE_GRADE, "zz-hetang-qwbgs", 2020, Severity.ERROR);
        QueryParameters q = FilterParameters.write(f);
        assertThat(q.getParameters()).isEqualTo(QueryParameters.fromString(
                "rule=SCORE_GRADE&unit=zz-hetang-qwbgs&year=2020&severity=ERROR").getParameters());
        assertThat(FilterParameters.read(q)).isEqualTo(f);
        assertThat(FilterParameters.write(FindingFilter.ALL).getQueryString()).isEmpty();
    }

    @Test
    void values_that_name_nothing_are_ignored() {
        QueryParameters q = QueryParameters.fromString("rule=NO_SUCH_RULE&year=twenty&severity=fatal&unit=");
        assertThat(FilterParameters.read(q)).isEqualTo(FindingFilter.ALL);
    }
}
