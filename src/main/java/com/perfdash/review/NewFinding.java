package com.perfdash.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Findings as the JSON array insertFindings.sql reads. */
    static String json(List<NewFinding> findings) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewFinding f : findings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("report_id", f.reportId());
            row.put("rule_code", f.ruleCode());
            row.put("severity", f.severity());
            row.put("table_no", f.tableNo());
            row.put("row_kind", f.rowKind());
            row.put("indicator_seq", f.indicatorSeq());
            row.put("project_seq", f.projectSeq());
            row.put("field", f.field());
            row.put("row_keys", f.rowKeys());
            row.put("evidence", f.evidence());
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Map<String, String> evidence) {
        try {
            return JSON.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
