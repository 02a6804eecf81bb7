package com.perfdash.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One thing a reviewer would write about a report.
 *
 * @param findingId    stable for as long as the reports are not reloaded
 * @param reportId     the report (unit × fiscal year)
 * @param tableNo      the table concerned (0 = whole-unit table), or null
 * @param rowKind      the funds row concerned (total, appropriation, carryover, other), or null
 * @param indicatorSeq the indicator row concerned (its seq within the table), or null
 * @param projectSeq   the listed project concerned, or null
 * @param field        the field (column) the finding points at
 * @param rowKeys      every row concerned, primary first, as {@link RowKeys} names them
 * @param evidence     the figures and texts the message quotes (money in 万元, points, percent values)
 * @param messageZh    the finding in Chinese
 * @param messageEn    the finding in English
 * @param findingKey   what names the finding across reloads (macro finding_key): rule, rows, field
 * @param disposition  finance's current decision on it; {@link Disposition#OPEN} when none
 * @param dispositionReason why, as the reviewer wrote it, or null
 * @param dispositionBy     who decided, or null when open
 * @param dispositionAt     when, or null when open
 */
public record Finding(long findingId, int reportId, String unitCode, String unitName, int fiscalYear, ReviewRule rule,
                      Severity severity, Integer tableNo, String rowKind, Integer indicatorSeq, Integer projectSeq,
                      String field, List<String> rowKeys, Map<String, String> evidence, String messageZh, String messageEn,
                      String findingKey, Disposition disposition, String dispositionReason, String dispositionBy,
                      java.time.LocalDateTime dispositionAt) {

    public Finding {
        rowKeys = List.copyOf(rowKeys);
    }

    public String message(Locale locale) {
        return FindingMessages.isChinese(locale) ? messageZh : messageEn;
    }
}
