-- One correction of a figure, or its withdrawal (corrected_value NULL), in figure_correction (V017).
INSERT INTO figure_correction (correction_id, unit_code, fiscal_year, figure_key, kind, stated_value, corrected_value,
                               reason, finding_keys, recorded_by, recorded_at)
VALUES (nextval('figure_correction_seq'), :unitCode, :fiscalYear, :figureKey, :kind, :statedValue, :correctedValue,
        :reason, :findingKeys, :by, :at)
