package com.perfdash.catalog;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** Reads what is loaded. */
@Service
public class CatalogService {

    private final Jdbi jdbi;

    public CatalogService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public DataSummary summary() {
        return jdbi.withExtension(CatalogQueries.class, CatalogQueries::summary);
    }

    /** Full-year budget and executed per fiscal year, over all loaded reports, oldest year first. */
    public List<YearlyBudget> yearlyBudgets() {
        return jdbi.withExtension(CatalogQueries.class, CatalogQueries::yearlyBudgets);
    }

    public List<UnitCount> unitsByCategory() {
        return jdbi.withExtension(CatalogQueries.class, CatalogQueries::unitsByCategory);
    }
}
