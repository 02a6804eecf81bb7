package com.perfdash.compare;

import java.math.BigDecimal;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * One unit in the ranking of a fiscal year by one metric (table macro {@code metric_ranking}, db/views/05_compare.sql).
 * Values are in the metric's unit: 万元, points, or a fraction for rates and shares (0.95 = 95 %).
 *
 * @param value          the unit's value that year; null when its report does not state it
 * @param rank           standard competition rank (ties share a rank: 1, 2, 2, 4) among the units of
 *                       the filter with a value; null without a value
 * @param unitsRanked    how many units of the filter have a value that year
 * @param previousValue  the unit's value of the fiscal year before; null when missing
 * @param change         value − previous value (万元, points, or a fraction = percentage points / 100)
 * @param relativeChange value / previous value − 1, a fraction; null when the previous value is null or 0
 * @param previousRank   the rank of the fiscal year before under the same filter
 * @param rankChange     previous rank − rank: positive means the unit moved up
 * @param behind         how many other units of its own category rank strictly behind it
 * @param categoryPeers  how many other units of its own category have a value that year
 * @param betterThan     behind / category peers, a fraction; null without a value or without peers
 * @param reviewed       under 复核后 whether the report's review is finished (已复核); null under 自评（原文）
 */
public record RankingRow(String unitCode, String unitName, String category, int fiscalYear, BigDecimal value,
                         Integer rank, int unitsRanked, BigDecimal previousValue, BigDecimal change,
                         BigDecimal relativeChange, Integer previousRank, Integer rankChange, Integer behind,
                         Integer categoryPeers, BigDecimal betterThan, Boolean reviewed) {

    @JdbiConstructor
    public RankingRow {
    }

    /** A row of the ranking as stated (自评（原文）), where no report carries a review flag. */
    public RankingRow(String unitCode, String unitName, String category, int fiscalYear, BigDecimal value,
                      Integer rank, int unitsRanked, BigDecimal previousValue, BigDecimal change,
                      BigDecimal relativeChange, Integer previousRank, Integer rankChange, Integer behind,
                      Integer categoryPeers, BigDecimal betterThan) {
        this(unitCode, unitName, category, fiscalYear, value, rank, unitsRanked, previousValue, change, relativeChange,
                previousRank, rankChange, behind, categoryPeers, betterThan, null);
    }
}
