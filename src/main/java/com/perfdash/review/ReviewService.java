package com.perfdash.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** Reads the review findings for the views: by filter, per report, and counted per rule, year and severity. */
@Service
public class ReviewService {

    /** Enough for every finding of one report or unit; the findings grid pages through larger sets. */
    static final int MAX_PER_REPORT = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> EVIDENCE = new TypeReference<>() {
    };

    private final Jdbi jdbi;

    public ReviewService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Findings matching {@code filter}: errors first, then latest year first; {@code limit} from {@code offset}. */
    public List<Finding> findings(FindingFilter filter, int offset, int limit) {
        return jdbi.withExtension(ReviewQueries.class, q -> q.findings(filter, offset, limit)).stream()
                .map(ReviewService::toFinding).flatMap(Optional::stream).toList();
    }

    public int count(FindingFilter filter) {
        return jdbi.withExtension(ReviewQueries.class, q -> q.countFindings(filter));
    }

    /** Every finding about one report (unit × fiscal year), for the report page. */
    public List<Finding> findingsForReport(String unitCode, int fiscalYear) {
        return findings(FindingFilter.forReport(unitCode, fiscalYear), 0, MAX_PER_REPORT);
    }

    /**
     * Every finding about one report as {@code handle} sees it: inside a dry-run load (an import's
     * preview) that is what the report would raise once loaded.
     */
    public static List<Finding> findingsForReport(org.jdbi.v3.core.Handle handle, String unitCode, int fiscalYear) {
        return findings(handle, FindingFilter.forReport(unitCode, fiscalYear), 0, MAX_PER_REPORT);
    }

    /** {@link #findings(FindingFilter, int, int)} as {@code handle} sees them (inside its transaction). */
    static List<Finding> findings(org.jdbi.v3.core.Handle handle, FindingFilter filter, int offset, int limit) {
        return handle.attach(ReviewQueries.class).findings(filter, offset, limit)
                .stream().map(ReviewService::toFinding).flatMap(Optional::stream).toList();
    }

    /** Every finding about one unit's reports, for the unit page. */
    public List<Finding> findingsForUnit(String unitCode) {
        return findings(FindingFilter.forUnit(unitCode), 0, MAX_PER_REPORT);
    }

    /** Findings per rule and fiscal year, oldest year first. */
    public List<RuleYearCount> countsByRuleAndYear(FindingFilter filter) {
        return jdbi.withExtension(ReviewQueries.class, q -> q.countsByRuleAndYear(filter)).stream()
                .flatMap(r -> ReviewRule.byCode(r.ruleCode()).map(rule -> new RuleYearCount(rule, r.fiscalYear(), r.findings())).stream())
                .toList();
    }

    /** Findings per fiscal year by severity; every loaded year appears, oldest first. */
    public List<YearCount> countsByYear(FindingFilter filter) {
        return jdbi.withExtension(ReviewQueries.class, q -> q.countsByYear(filter));
    }

    /**
     * Findings per fiscal year by severity, as {@link #countsByYear} counts them (matching_findings), for
     * the years with at least one finding only, oldest first.
     */
    public Map<Integer, YearCount> countsPerYearWithFindings(FindingFilter filter) {
        Map<Integer, YearCount> years = new TreeMap<>();
        countsByYear(filter).stream().filter(c -> c.total() > 0).forEach(c -> years.put(c.fiscalYear(), c));
        return years;
    }

    /** How many findings the reports of one fiscal year have. */
    public int countForYear(int fiscalYear) {
        return count(FindingFilter.ALL.withYear(fiscalYear));
    }

    /** Fiscal years with at least one report, oldest first. */
    public List<Integer> years() {
        return jdbi.withExtension(ReviewQueries.class, ReviewQueries::years);
    }

    public Optional<ReviewRunInfo> lastRun() {
        return jdbi.withExtension(ReviewQueries.class, ReviewQueries::lastRun);
    }

    /** A stored row as a finding; empty for a rule this version of the catalogue no longer has. */
    static Optional<Finding> toFinding(FindingRow row) {
        Optional<ReviewRule> rule = ReviewRule.byCode(row.ruleCode());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> evidence = evidence(row.evidence());
        return Optional.of(new Finding(row.findingId(), row.reportId(), row.unitCode(), row.unitName(), row.fiscalYear(),
                rule.get(), Severity.valueOf(row.severity()), row.tableNo(), row.rowKind(), row.indicatorSeq(),
                row.projectSeq(), row.field(), RowKeys.split(row.rowKeys()), evidence,
                FindingMessages.render(rule.get(), evidence, Locale.CHINESE),
                FindingMessages.render(rule.get(), evidence, Locale.ENGLISH), row.findingKey(),
                Disposition.byCode(row.disposition()).orElse(Disposition.OPEN), row.dispositionReason(), row.dispositionBy(),
                row.dispositionAt()));
    }

    private static Map<String, String> evidence(String json) {
        try {
            return java.util.Collections.unmodifiableMap(JSON.readValue(json, EVIDENCE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable evidence of a finding: " + json, e);
        }
    }
}
