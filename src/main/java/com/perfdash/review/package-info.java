/**
 * Review checks: the findings a finance reviewer (财政局绩效科) would write about a report whose
 * figures do not add up, whose self-scores look inflated or whose tables contradict its text. The
 * catalogue ({@link com.perfdash.review.ReviewRule}) names every rule with a stable code, a severity
 * and a message in Chinese and English; the checks run inside every load of the data folder
 * ({@link com.perfdash.review.ReviewChecks}), mostly as set-based SQL over all reports at once, and
 * in Java where a target or actual text must be read ({@link com.perfdash.review.MeasureParser}).
 * {@link com.perfdash.review.ReviewService} reads the stored findings for the views. Finance's review of
 * them ({@link com.perfdash.review.ReviewDecisions}) and the scoring rule set each district is reviewed
 * under ({@link com.perfdash.review.ScoringRuleSets}) live here too.
 */
package com.perfdash.review;
