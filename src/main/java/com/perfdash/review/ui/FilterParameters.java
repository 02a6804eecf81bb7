package com.perfdash.review.ui;

import com.perfdash.review.Disposition;
import com.perfdash.review.FindingFilter;
import com.perfdash.review.ReviewRule;
import com.perfdash.review.Severity;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A findings filter in the page address: {@code review?rule=SUM_INCOME_PARTS&unit=…&year=2020&severity=ERROR&disposition=open}.
 * A value that names nothing (an unknown rule, a year that is not a number) is ignored rather than
 * failing the page.
 */
final class FilterParameters {

    static final String RULE = "rule";
    static final String UNIT = "unit";
    static final String YEAR = "year";
    static final String SEVERITY = "severity";
    static final String DISPOSITION = "disposition";

    private FilterParameters() {
    }

    static FindingFilter read(QueryParameters parameters) {
        ReviewRule rule = parameters.getSingleParameter(RULE).flatMap(ReviewRule::byCode).orElse(null);
        String unit = parameters.getSingleParameter(UNIT).filter(s -> !s.isBlank()).orElse(null);
        Integer year = parameters.getSingleParameter(YEAR).flatMap(FilterParameters::year).orElse(null);
        Severity severity = parameters.getSingleParameter(SEVERITY).flatMap(FilterParameters::severity).orElse(null);
        Disposition disposition = parameters.getSingleParameter(DISPOSITION).flatMap(Disposition::byCode).orElse(null);
        return new FindingFilter(rule, unit, year, severity, disposition);
    }

    static QueryParameters write(FindingFilter filter) {
        Map<String, String> p = new LinkedHashMap<>();
        if (filter.rule() != null) {
            p.put(RULE, filter.rule().code());
        }
        if (filter.unitCode() != null) {
            p.put(UNIT, filter.unitCode());
        }
        if (filter.fiscalYear() != null) {
            p.put(YEAR, filter.fiscalYear().toString());
        }
        if (filter.severity() != null) {
            p.put(SEVERITY, filter.severity().name());
        }
        if (filter.disposition() != null) {
            p.put(DISPOSITION, filter.disposition().code());
        }
        return QueryParameters.simple(p);
    }

    private static Optional<Integer> year(String s) {
        try {
            return Optional.of(Integer.valueOf(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Severity> severity(String s) {
        try {
            return Optional.of(Severity.valueOf(s.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
