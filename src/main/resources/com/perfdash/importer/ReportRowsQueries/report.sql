SELECT unit_code, fiscal_year, title, source_kind, source_file,
       income_total, income_initial, income_adjustment, income_carryover, income_other, income_text,
       expenditure_total, expenditure_basic, expenditure_project, expenditure_balance, expenditure_text,
       initial_projects_adjustment, initial_projects_actual, initial_projects_carryover,
       midyear_projects_budget, midyear_projects_actual, midyear_projects_carryover
FROM scoped_report
WHERE unit_code = :unit AND fiscal_year = :year
