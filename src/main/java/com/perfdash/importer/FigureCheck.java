package com.perfdash.importer;

import java.time.LocalDateTime;

/**
 * A clerk's correction of a figure as the import read it, made in the preview before importing: the figure
 * then goes in with the corrected value, and the batch keeps what was read, who corrected it and when
 * ({@code checks.csv} and {@code sources.csv} of the batch folder, docs/import.md).
 *
 * @param file      the uploaded file the figure is in
 * @param figureId  the figure ({@link ReadFigure#id()})
 * @param readValue the value as the import read it (null when it read none)
 * @param value     the value the clerk entered, in the data format's notation (万元, 分, %)
 * @param by        who corrected it
 * @param at        when
 */
public record FigureCheck(String file, String figureId, String readValue, String value, String by, LocalDateTime at) {
}
