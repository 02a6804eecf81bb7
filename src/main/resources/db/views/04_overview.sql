-- The district-wide metrics of the leadership overview, defined once on top of report_metrics and
-- report_scores (03_report_metrics.sql). docs/metrics.md lists each with its source field and explains
-- the choices made here.
--
-- Filters arrive as macro parameters, never as SQL text:
--   p_categories  VARCHAR[] of unit categories to keep, [] = every category
--   p_source      'real', 'demo' or 'all' (report.source_kind)
-- Money is 万元 (DECIMAL), rates and shares are fractions (1.0 = 100 %), scores are points.

-- One row per fiscal year that has at least one report matching the filter: the year's totals over
-- those reports and the change against the fiscal year before under the same filter (YoY).
--
-- Totals are sums over the reports that state the figure (a report that leaves it empty adds
-- nothing). The year's execution rate is the money-weighted rate sum(executed) / sum(full-year
-- budget), over the reports that state both with a budget > 0, never a mean of unit rates: a large
-- unit's shortfall weighs more than a small one's. Shares are of basic + project spending, as in
-- report_metrics. Score statistics are over the reports that state a total score, quartiles by
-- linear interpolation (quantile_cont), rounded to 0.01 point.
--
-- YoY: money is a relative change (relative_change, 03_report_metrics.sql: this / last - 1, a fraction,
-- NULL when last year is NULL or 0), rates, shares and scores a difference (fraction or points), counts a
-- difference. The year before is fiscal_year - 1 exactly: after a year without reports there is no
-- YoY, rather than a jump over the gap.
--
-- p_basis is the 口径 (basis_metrics, 03_report_metrics.sql): 'stated' (自评（原文）, the default) the
-- figures as the reports state them, 'reviewed' (复核后) with finance's review applied: the same
-- definitions over the reviewed figures.
CREATE OR REPLACE MACRO year_metrics(p_categories, p_source, p_basis := 'stated') AS TABLE
WITH r AS (
    SELECT m.*
    FROM basis_metrics(p_basis) m
    WHERE (len(p_categories) = 0 OR list_contains(p_categories, m.category))
      AND (p_source = 'all' OR m.source_kind = p_source)
), y AS (
    SELECT fiscal_year,
           count(*)::INTEGER                                                  AS reports,
           sum(full_year_budget)                                              AS full_year_budget,   -- 全年预算数, 万元
           sum(executed)                                                      AS executed,           -- 全年执行数, 万元
           count(*) FILTER (WHERE full_year_budget > 0 AND executed IS NOT NULL)::INTEGER
                                                                              AS rate_reports,
           -- 执行率 of the year: money-weighted, a fraction
           (sum(executed) FILTER (WHERE full_year_budget > 0 AND executed IS NOT NULL)
             / sum(full_year_budget) FILTER (WHERE full_year_budget > 0 AND executed IS NOT NULL))::DECIMAL(12,6)
                                                                              AS execution_rate,
           sum(basic_spending)                                                AS basic_spending,     -- 基本支出, 万元
           sum(project_spending)                                              AS project_spending,   -- 项目支出, 万元
           CASE WHEN coalesce(sum(basic_spending), 0) + coalesce(sum(project_spending), 0) > 0
                THEN (coalesce(sum(basic_spending), 0)
                      / (coalesce(sum(basic_spending), 0) + coalesce(sum(project_spending), 0)))::DECIMAL(12,6) END
                                                                              AS basic_share,
           CASE WHEN coalesce(sum(basic_spending), 0) + coalesce(sum(project_spending), 0) > 0
                THEN (coalesce(sum(project_spending), 0)
                      / (coalesce(sum(basic_spending), 0) + coalesce(sum(project_spending), 0)))::DECIMAL(12,6) END
                                                                              AS project_share,
           sum(project_funding)                                               AS project_funding,    -- 项目资金, 万元
           count(total_score)::INTEGER                                        AS scored_reports,
           min(total_score)                                                   AS min_score,
           round(quantile_cont(total_score::DOUBLE, 0.25), 2)::DECIMAL(6,2)   AS q1_score,
           round(quantile_cont(total_score::DOUBLE, 0.5), 2)::DECIMAL(6,2)    AS median_score,
           round(quantile_cont(total_score::DOUBLE, 0.75), 2)::DECIMAL(6,2)   AS q3_score,
           max(total_score)                                                   AS max_score,
           count(*) FILTER (WHERE score_grade = '优')::INTEGER                 AS grade_excellent,
           count(*) FILTER (WHERE score_grade = '良')::INTEGER                 AS grade_good,
           count(*) FILTER (WHERE score_grade = '中')::INTEGER                 AS grade_fair,
           count(*) FILTER (WHERE score_grade = '差')::INTEGER                 AS grade_poor,
           count(*) FILTER (WHERE score_grade IS NULL)::INTEGER               AS ungraded,
           -- 复核后: how many amounts unit_slip_left_out (03_report_metrics.sql) leaves out of these totals
           coalesce(sum(left_out), 0)::INTEGER                                AS left_out
    FROM r
    GROUP BY fiscal_year
)
SELECT y.*,
       (y.reports - p.reports)::INTEGER                                        AS reports_change,
       relative_change(y.full_year_budget, p.full_year_budget)                 AS full_year_budget_change,
       relative_change(y.executed, p.executed)                                 AS executed_change,
       (y.execution_rate - p.execution_rate)::DECIMAL(12,6)                    AS execution_rate_change,
       relative_change(y.basic_spending, p.basic_spending)                     AS basic_spending_change,
       relative_change(y.project_spending, p.project_spending)                 AS project_spending_change,
       (y.project_share - p.project_share)::DECIMAL(12,6)                      AS project_share_change,
       relative_change(y.project_funding, p.project_funding)                   AS project_funding_change,
       (y.median_score - p.median_score)::DECIMAL(6,2)                         AS median_score_change,
       (y.grade_excellent - p.grade_excellent)::INTEGER                        AS grade_excellent_change
FROM y
LEFT JOIN y p ON p.fiscal_year = y.fiscal_year - 1;

-- The watch list of one fiscal year: each report matching the filter that
--   * executed less than 90 % of its full-year budget (report_metrics.execution_rate < 0.9), or
--   * states a total score below 80 points (below 良), or
--   * has one of the 3 largest score falls against the unit's report of the year before
--     (score_change < 0, ranked by the fall, ties share a rank).
-- A figure the report does not state raises no flag. Rows come with one boolean per reason and
-- their count (flag_count).
CREATE OR REPLACE MACRO watch_list(p_year, p_categories, p_source) AS TABLE
WITH r AS (
    SELECT m.unit_code, m.unit_name, m.category, m.fiscal_year, m.source_kind,
           m.full_year_budget, m.executed, m.execution_rate, m.total_score,
           s.score_grade, s.previous_score, s.score_change,
           CASE WHEN s.score_change < 0
                THEN rank() OVER (ORDER BY s.score_change ASC NULLS LAST) END AS fall_rank
    FROM report_metrics m
    JOIN report_scores s ON s.report_id = m.report_id
    WHERE m.fiscal_year = p_year
      AND (len(p_categories) = 0 OR list_contains(p_categories, m.category))
      AND (p_source = 'all' OR m.source_kind = p_source)
), flagged AS (
    SELECT r.*,
           coalesce(execution_rate < 0.9, false)  AS low_execution,
           coalesce(total_score < 80, false)      AS low_score,
           coalesce(fall_rank <= 3, false)        AS large_fall
    FROM r
)
SELECT unit_code, unit_name, category, fiscal_year, source_kind,
       full_year_budget, executed,
       execution_rate::DECIMAL(12,6) AS execution_rate,
       total_score, score_grade, previous_score, score_change,
       fall_rank::INTEGER AS fall_rank,
       low_execution, low_score, large_fall,
       (low_execution::INTEGER + low_score::INTEGER + large_fall::INTEGER)::INTEGER AS flag_count
FROM flagged
WHERE low_execution OR low_score OR large_fall;
