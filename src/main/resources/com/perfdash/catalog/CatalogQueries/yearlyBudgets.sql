-- The data page's yearly totals and 执行率: the overview's definitions (macro year_metrics,
-- db/views/04_overview.sql) over every unit category and source, as stated. The rate is year_metrics'
-- money-weighted rate over the reports that state both figures, so the data page and the overview show
-- the same 执行率 for a year; the totals are the sums over the reports that state the figure.
SELECT fiscal_year, reports, full_year_budget, executed, execution_rate
FROM year_metrics([]::VARCHAR[], 'all')
ORDER BY fiscal_year
