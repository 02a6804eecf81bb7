/**
 * The 等级 bands (优/良/中/差) as the database defines them: the table macro {@code grade_band} of
 * db/views/03_report_metrics.sql holds the thresholds, {@code score_grade} grades by it, and
 * {@link com.perfdash.base.grade.GradeBandService} reads the same rows once for the charts that shade
 * the bands. Java keeps only how a band is shown (colour, label); docs/metrics.md.
 */
package com.perfdash.base.grade;
