package com.perfdash.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The review checks that run as SQL, one statement per rule, each inserting its findings for all
 * reports at once; plus the candidate rows of the checks that run in Java. SQL in
 * {@code com/perfdash/review/ReviewRuleQueries/*.sql}. Every rule method takes the rule's code and
 * severity, so both are defined once, in {@link ReviewRule}.
 */
@UseClasspathSqlLocator
public interface ReviewRuleQueries {

    /** Signature shared by the SQL rules; returns the number of findings inserted. */
    @FunctionalInterface
    interface Rule {
        int insertFindings(ReviewRuleQueries queries, String code, String severity);
    }

    @SqlUpdate
    int sumIncomeParts(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int sumExpenditureParts(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int sumPartExceedsTotal(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int sumFundsRows(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int sumTotalEmpty(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int sumProjectSpending(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int sumProjectBudgetChange(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int sumTableVsText(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int fundsRate(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int fundsScore(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int fundsOver100(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int fundsLowUnexplained(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int weightLevel1Cap(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int weightUsualCap(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int weightScheme(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int weightTotal(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int scoreRange(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int scoreTotal(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int scoreGrade(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int scoreOverExecCap(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int plausCopiedIndicator(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int plausProjectNotListed(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int plausProjectsNotEvaluated(@Bind("code") String code, @Bind("severity") String severity);

    @SqlUpdate
    int unitTenThousand(@Bind("code") String code, @Bind("severity") String severity);

    /**
     * Computes eval_table_metrics once, as the temporary eval_table_metrics_run that the rules and the cost
     * candidates read during one run of the checks; {@link #dropTableMetrics} ends it.
     */
    @SqlUpdate
    void snapshotTableMetrics();

    @SqlUpdate
    void dropTableMetrics();

    /** Indicators where points were taken off with no note, or full points given against a different actual. */
    @SqlQuery
    @RegisterConstructorMapper(IndicatorCandidate.class)
    Stream<IndicatorCandidate> attainmentCandidates();

    /** Cost indicators (成本) with the funds of their table. */
    @SqlQuery
    @RegisterConstructorMapper(CostCandidate.class)
    Stream<CostCandidate> costCandidates();

    /** {@code count} new finding ids from review_finding_seq, for findings written by the appender. */
    @SqlQuery
    List<Long> reserveFindingIds(@Bind("count") int count);

    @SqlQuery
    int findingCount();

    @SqlQuery
    int reportCount();

    @SqlUpdate
    void logRun(@Bind("ranAt") LocalDateTime ranAt, @Bind("version") String checksVersion, @Bind("reports") int reports,
                @Bind("findings") int findings, @Bind("millis") int millis);

    /** Removes the findings of the rules with these codes (before they run again). */
    @SqlUpdate
    int deleteFindings(@BindList("codes") List<String> codes);

    /** A fingerprint of the scoring rule sets, their caps and each district's choice (V021). */
    @SqlQuery
    String ruleSetsVersion();

    /** The catalogue version of the latest run, if any run happened. */
    @SqlQuery
    Optional<String> lastChecksVersion();
}
