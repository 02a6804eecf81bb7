package com.perfdash.units;

import java.time.LocalDateTime;

/**
 * Finance's current 单位类别 assignment of a unit (V024), beside what its data states.
 *
 * @param category       the category finance set, in effect on every page
 * @param statedCategory the category the loaded data states now (未分类 for a unit only printed tables declared)
 * @param assignedBy     who set it
 * @param assignedAt     when
 */
public record CategoryAssignment(String unitCode, String category, String statedCategory, String assignedBy,
                                 LocalDateTime assignedAt) {
}
