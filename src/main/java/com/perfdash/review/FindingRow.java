package com.perfdash.review;

import java.time.LocalDateTime;

/** A stored finding as the query reads it, before its evidence is parsed and its message rendered. */
public record FindingRow(long findingId, int reportId, String unitCode, String unitName, int fiscalYear, String ruleCode,
                         String severity, Integer tableNo, String rowKind, Integer indicatorSeq, Integer projectSeq,
                         String field, String rowKeys, String evidence, String findingKey, String disposition,
                         String dispositionReason, String dispositionBy, LocalDateTime dispositionAt) {
}
