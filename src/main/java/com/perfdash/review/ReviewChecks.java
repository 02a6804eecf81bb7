package com.perfdash.review;

import com.perfdash.base.db.WholeTables;
import com.perfdash.ingest.AfterLoadStep;
import com.perfdash.ingest.ReportMetricsStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs every review rule over every loaded report and replaces the stored findings. Runs inside each
 * load's transaction (as an {@link AfterLoadStep}), so the findings always describe the reports the
 * database holds; a failing check rolls the load back.
 */
@Component
public class ReviewChecks implements AfterLoadStep {

    /** Raise when a Java check's logic changes, so that stored findings are recomputed on start. */
    static final int LOGIC_VERSION = 2;

    private static final Logger log = LoggerFactory.getLogger(ReviewChecks.class);

    /** Findings of the Java checks written per chunk. */
    static final int INSERT_CHUNK = 5_000;

    /** The rules that run as one SQL statement each, in catalogue order. */
    static final Map<ReviewRule, ReviewRuleQueries.Rule> SQL_RULES = sqlRules();

    /** The rules that run in Java because they read target and actual texts. */
    static final Set<ReviewRule> JAVA_RULES = javaRules();

    /**
     * The rules whose findings depend on the scoring rule sets (V021) and each district's choice of one
     * besides the reports: the execution-rate cap and the attainment rules (a completed value far above
     * its target is a deviation under some rule sets). {@link #refreshRuleSetFindings} runs them again.
     */
    static final Set<ReviewRule> RULE_SET_RULES = ruleSetRules();

    private final Clock clock;
    private final int insertChunk;

    @Autowired
    public ReviewChecks(Clock clock) {
        this(clock, INSERT_CHUNK);
    }

    /** With another chunk size for the Java checks' findings (tests use a small one). */
    ReviewChecks(Clock clock, int insertChunk) {
        this.clock = clock;
        this.insertChunk = insertChunk;
    }

    private static Map<ReviewRule, ReviewRuleQueries.Rule> sqlRules() {
        Map<ReviewRule, ReviewRuleQueries.Rule> m = new LinkedHashMap<>();
        m.put(ReviewRule.SUM_INCOME_PARTS, ReviewRuleQueries::sumIncomeParts);
        m.put(ReviewRule.SUM_EXPENDITURE_PARTS, ReviewRuleQueries::sumExpenditureParts);
        m.put(ReviewRule.SUM_PART_EXCEEDS_TOTAL, ReviewRuleQueries::sumPartExceedsTotal);
        m.put(ReviewRule.SUM_FUNDS_ROWS, ReviewRuleQueries::sumFundsRows);
        m.put(ReviewRule.SUM_TOTAL_EMPTY, ReviewRuleQueries::sumTotalEmpty);
        m.put(ReviewRule.SUM_PROJECT_SPENDING, ReviewRuleQueries::sumProjectSpending);
        m.put(ReviewRule.SUM_PROJECT_BUDGET_CHANGE, ReviewRuleQueries::sumProjectBudgetChange);
        m.put(ReviewRule.SUM_TABLE_VS_TEXT, ReviewRuleQueries::sumTableVsText);
        m.put(ReviewRule.FUNDS_RATE, ReviewRuleQueries::fundsRate);
        m.put(ReviewRule.FUNDS_SCORE, ReviewRuleQueries::fundsScore);
        m.put(ReviewRule.FUNDS_OVER_100, ReviewRuleQueries::fundsOver100);
        m.put(ReviewRule.FUNDS_LOW_UNEXPLAINED, ReviewRuleQueries::fundsLowUnexplained);
        m.put(ReviewRule.WEIGHT_LEVEL1_CAP, ReviewRuleQueries::weightLevel1Cap);
        m.put(ReviewRule.WEIGHT_USUAL_CAP, ReviewRuleQueries::weightUsualCap);
        m.put(ReviewRule.WEIGHT_SCHEME, ReviewRuleQueries::weightScheme);
        m.put(ReviewRule.WEIGHT_TOTAL, ReviewRuleQueries::weightTotal);
        m.put(ReviewRule.SCORE_RANGE, ReviewRuleQueries::scoreRange);
        m.put(ReviewRule.SCORE_TOTAL, ReviewRuleQueries::scoreTotal);
        m.put(ReviewRule.SCORE_GRADE, ReviewRuleQueries::scoreGrade);
        m.put(ReviewRule.SCORE_OVER_EXEC_CAP, ReviewRuleQueries::scoreOverExecCap);
        m.put(ReviewRule.PLAUS_COPIED_INDICATOR, ReviewRuleQueries::plausCopiedIndicator);
        m.put(ReviewRule.PLAUS_PROJECT_NOT_LISTED, ReviewRuleQueries::plausProjectNotListed);
        m.put(ReviewRule.PLAUS_PROJECTS_NOT_EVALUATED, ReviewRuleQueries::plausProjectsNotEvaluated);
        m.put(ReviewRule.UNIT_TEN_THOUSAND, ReviewRuleQueries::unitTenThousand);
        return Map.copyOf(m);
    }

    private static Set<ReviewRule> javaRules() {
        Set<ReviewRule> s = EnumSet.copyOf(AttainmentCheck.RULES);
        s.add(ReviewRule.PLAUS_COST_VS_SPENDING);
        return Set.copyOf(s);
    }

    private static Set<ReviewRule> ruleSetRules() {
        Set<ReviewRule> s = EnumSet.copyOf(AttainmentCheck.RULES);
        s.add(ReviewRule.SCORE_OVER_EXEC_CAP);
        return Set.copyOf(s);
    }

    /** As {@link #run}, but the 复核后 stores are left to the loader, which refreshes them once after every step. */
    @Override
    public void afterLoad(Handle transaction) {
        long start = System.nanoTime();
        replaceFindings(transaction);
        logRun(transaction, start, "Review checks", false);
    }

    /**
     * Replaces every finding by those of the reports now in the database, on {@code handle} (run it in a
     * transaction), refreshes what 复核后 leaves out with them, and records the run.
     */
    public ReviewRun run(Handle handle) {
        long start = System.nanoTime();
        replaceFindings(handle);
        return logRun(handle, start, "Review checks", true);
    }

    private void replaceFindings(Handle handle) {
        WholeTables.empty(handle, List.of("review_finding"));
        check(handle, EnumSet.allOf(ReviewRule.class));
    }

    /**
     * Replaces the findings of {@link #RULE_SET_RULES} by those the scoring rule sets and the districts'
     * choices now give, on {@code handle} (run it in the transaction that changed a choice), and records
     * the run; every other finding stays as it is.
     */
    public ReviewRun refreshRuleSetFindings(Handle handle) {
        long start = System.nanoTime();
        handle.attach(ReviewRuleQueries.class).deleteFindings(RULE_SET_RULES.stream().map(ReviewRule::code).sorted().toList());
        check(handle, RULE_SET_RULES);
        return logRun(handle, start, "Review checks of the scoring rule sets", true);
    }

    /** Inserts the findings of {@code rules}: the SQL rules in catalogue order, then the Java checks among them. */
    private void check(Handle handle, Set<ReviewRule> rules) {
        ReviewRuleQueries q = handle.attach(ReviewRuleQueries.class);
        q.snapshotTableMetrics();
        try {
            checkOnSnapshot(q, handle, rules);
        } finally {
            q.dropTableMetrics();
        }
    }

    private void checkOnSnapshot(ReviewRuleQueries q, Handle handle, Set<ReviewRule> rules) {
        for (ReviewRule r : ReviewRule.values()) {
            if (SQL_RULES.containsKey(r) && rules.contains(r)) {
                long ruleStart = System.nanoTime();
                int found = SQL_RULES.get(r).insertFindings(q, r.code(), r.severity().name());
                log.debug("{}: {} findings in {} ms", r, found, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ruleStart));
            }
        }
        long javaStart = System.nanoTime();
        boolean attainment = AttainmentCheck.RULES.stream().anyMatch(rules::contains);
        boolean cost = rules.contains(ReviewRule.PLAUS_COST_VS_SPENDING);
        // The Java checks stream their candidates and append their findings a chunk at a time: memory stays
        // flat however many reports there are.
        try (FindingAppender out = new FindingAppender(handle, insertChunk);
             Stream<IndicatorCandidate> indicators = attainment ? q.attainmentCandidates() : Stream.empty();
             Stream<CostCandidate> costs = cost ? q.costCandidates() : Stream.empty()) {
            ParsedMeasures parse = new ParsedMeasures();
            indicators.map(c -> AttainmentCheck.finding(c, parse)).flatMap(Optional::stream).forEach(out::add);
            costs.map(c -> CostIndicatorCheck.finding(c, parse)).flatMap(Optional::stream).forEach(out::add);
        }
        log.debug("Java checks in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - javaStart));
    }

    private ReviewRun logRun(Handle handle, long start, String what, boolean refreshReviewed) {
        if (refreshReviewed) {
            // what 复核后 leaves out follows the findings
            ReportMetricsStore.refreshReviewed(handle);
        }
        ReviewRuleQueries q = handle.attach(ReviewRuleQueries.class);
        int findings = q.findingCount();
        int reports = q.reportCount();
        int millis = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        q.logRun(LocalDateTime.now(clock), checksVersion(handle), reports, findings, millis);
        log.info("{}: {} findings over {} reports in {} ms", what, findings, reports, millis);
        return new ReviewRun(reports, findings, millis);
    }

    /**
     * What the stored findings were computed from, as a run records it: {@link #checksVersion()} and a
     * fingerprint of the scoring rule sets, their caps and every district's choice (V021), which the
     * rule-set rules read besides the reports. A different value on start means the findings are stale.
     */
    public static String checksVersion(Handle handle) {
        return checksVersion() + "+" + handle.attach(ReviewRuleQueries.class).ruleSetsVersion();
    }

    /**
     * Identifies what the checks compute: the catalogue (codes, severities, messages), every rule's SQL
     * and {@link #LOGIC_VERSION}. Stored with each run; a different value on start means the stored
     * findings came from other checks.
     */
    public static String checksVersion() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("logic " + LOGIC_VERSION).getBytes(StandardCharsets.UTF_8));
            for (ReviewRule r : ReviewRule.values()) {
                digest.update((r.code() + r.severity() + r.messageZh() + r.messageEn()).getBytes(StandardCharsets.UTF_8));
            }
            Method[] methods = ReviewRuleQueries.class.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method m : methods) {
                if (m.isAnnotationPresent(SqlUpdate.class) || m.isAnnotationPresent(org.jdbi.v3.sqlobject.statement.SqlQuery.class)) {
                    digest.update(sql(m.getName()));
                }
            }
            return LOGIC_VERSION + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sql(String method) {
        String resource = "com/perfdash/review/ReviewRuleQueries/" + method + ".sql";
        try (InputStream in = ReviewChecks.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
