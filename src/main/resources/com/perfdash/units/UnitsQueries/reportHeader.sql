SELECT r.report_id,
       r.unit_code,
       u.unit_name,
       u.category,
       u.district,
       r.fiscal_year,
       r.title,
       r.source_kind,
       r.source_file,
       r.data_file,
       m.project_funding,
       m.project_actual
FROM scoped_report r
JOIN scoped_unit u ON u.unit_code = r.unit_code
JOIN report_metrics m ON m.report_id = r.report_id
WHERE r.unit_code = :unitCode
  AND r.fiscal_year = :fiscalYear
