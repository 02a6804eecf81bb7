package com.perfdash.projects;

import java.math.BigDecimal;

/**
 * Project funding of one unit category in one fiscal year: Σ {@code report_metrics.project_funding}
 * (the budgets of the projects the reports list), 万元.
 */
public record CategoryFunding(int fiscalYear, String category, BigDecimal projectFunding, int reports) {
}
