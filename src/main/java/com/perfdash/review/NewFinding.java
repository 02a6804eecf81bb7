package com.perfdash.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** A finding a Java check produced, as stored in review_finding (the id comes from the sequence). */
public record NewFinding(int reportId, String ruleCode, String severity, Integer tableNo, String rowKind,
                         Integer indicatorSeq, Integer projectSeq, String field, String rowKeys, String evidence) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A finding about one indicator row; {@code alsoConcerns} are further row keys to highlight. */
    static NewFinding indicator(ReviewRule rule, int reportId, int tableNo, int seq, String field, Map<String, String> evidence,
                                String... alsoConcerns) {
        String keys = RowKeys.indicator(tableNo, seq) + (alsoConcerns.length == 0 ? "" : "," + String.join(",", alsoConcerns));
        return new NewFinding(reportId, rule.code(), rule.severity().name(), tableNo, null, seq, null, field, keys, json(evidence));
    }

    static String json(Map<String, String> evidence) {
        try {
            return JSON.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
