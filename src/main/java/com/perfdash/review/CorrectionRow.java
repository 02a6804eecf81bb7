package com.perfdash.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A row of figure_corrections as the query reads it. */
public record CorrectionRow(String unitCode, int fiscalYear, String figureKey, String kind, BigDecimal statedValue,
                            BigDecimal correctedValue, String reason, String findingKeys, String recordedBy,
                            LocalDateTime recordedAt, Integer tableNo, String rowLabel, String field, String measure,
                            BigDecimal statedNow, boolean needsAnotherLook) {
}
