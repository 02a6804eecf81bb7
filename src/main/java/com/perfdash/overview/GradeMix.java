package com.perfdash.overview;

/**
 * How many reports of one fiscal year earn each grade by their stated total score (macro
 * {@code score_grade}, db/views/03_report_metrics.sql: 优 90–100, 良 80–&lt;90, 中 60–&lt;80, 差 &lt;60). The grade a report
 * writes beside its score is not counted here; the review checks compare the two.
 *
 * @param ungraded reports that state no total score
 */
public record GradeMix(int fiscalYear, int excellent, int good, int fair, int poor, int ungraded) {

    public int graded() {
        return excellent + good + fair + poor;
    }
}
