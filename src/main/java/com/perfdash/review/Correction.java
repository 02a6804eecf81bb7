package com.perfdash.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A reviewer's corrected value for a figure, beside the value as stated (table macro figure_corrections,
 * db/views/09_review.sql). The report as stated is never changed.
 *
 * @param figure           the figure as the loaded report states it now (its value may differ from {@code statedValue})
 * @param kind             correction (a figure the report got wrong) or rescore (the reviewer's score of an indicator)
 * @param statedValue      the value the report stated when the correction was recorded (万元 or points), or null
 * @param correctedValue   the reviewed value (万元 or points)
 * @param reason           why, as the reviewer wrote it
 * @param findingKeys      the findings it answers (macro finding_key)
 * @param needsAnotherLook a later version of the report states another value (or no longer has the figure)
 */
public record Correction(String unitCode, int fiscalYear, StatedFigure figure, String kind, BigDecimal statedValue,
                         BigDecimal correctedValue, String reason, List<String> findingKeys, String recordedBy,
                         LocalDateTime recordedAt, boolean needsAnotherLook) {

    public Correction {
        findingKeys = List.copyOf(findingKeys);
    }

    public boolean isRescore() {
        return "rescore".equals(kind);
    }
}
