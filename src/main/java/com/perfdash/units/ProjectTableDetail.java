package com.perfdash.units;

import java.util.Optional;

/**
 * A project evaluation table (项目支出绩效自评表) of a report, with the listed project it belongs to.
 *
 * @param header        the report it is attached to
 * @param table         the table in full
 * @param listedProject the project of the report's text with the same name; empty when the text does
 *                      not list it
 */
public record ProjectTableDetail(ReportHeader header, EvalTableDetail table, Optional<ProjectRow> listedProject) {
}
