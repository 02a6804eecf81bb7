package com.perfdash.review;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Writes and reads finance's review decisions (V017); SQL in {@code com/perfdash/review/ReviewDecisionQueries/*.sql}. */
@UseClasspathSqlLocator
public interface ReviewDecisionQueries {

    @SqlUpdate
    int insertDisposition(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear,
                          @Bind("findingKey") String findingKey, @Bind("disposition") String disposition,
                          @Bind("reason") String reason, @Bind("by") String by, @Bind("at") LocalDateTime at);

    @SqlQuery
    @RegisterConstructorMapper(DispositionHistoryRow.class)
    List<DispositionHistoryRow> dispositionHistory(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear,
                                                   @Bind("findingKey") String findingKey);

    @SqlQuery
    @RegisterConstructorMapper(StatedFigure.class)
    List<StatedFigure> statedFigures(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear);

    @SqlUpdate
    int insertCorrection(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear, @Bind("figureKey") String figureKey,
                         @Bind("kind") String kind, @Bind("statedValue") java.math.BigDecimal statedValue,
                         @Bind("correctedValue") java.math.BigDecimal correctedValue, @Bind("reason") String reason,
                         @Bind("findingKeys") String findingKeys, @Bind("by") String by, @Bind("at") LocalDateTime at);

    @SqlQuery
    @RegisterConstructorMapper(CorrectionRow.class)
    List<CorrectionRow> corrections(@Bind("unitCode") String unitCode, @Bind("fiscalYear") Integer fiscalYear);

    @SqlUpdate
    int insertReviewEvent(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear, @Bind("kind") String kind,
                          @Bind("status") String status, @Bind("score") java.math.BigDecimal score, @Bind("ruleSet") String ruleSet,
                          @Bind("message") String message, @Bind("by") String by, @Bind("at") LocalDateTime at);

    @SqlQuery
    @RegisterConstructorMapper(ReviewEventRow.class)
    List<ReviewEventRow> reviewEvents(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear);

    @SqlQuery
    @RegisterConstructorMapper(ReviewEventRow.class)
    List<ReviewEventRow> currentReviews(@Bind("status") String status, @Bind("unitCode") String unitCode);

    @SqlQuery
    @RegisterConstructorMapper(ProposedScore.class)
    java.util.Optional<ProposedScore> proposedScore(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear);

    @SqlQuery
    String ruleSetOf(@Bind("unitCode") String unitCode, @Bind("fiscalYear") int fiscalYear);
}
