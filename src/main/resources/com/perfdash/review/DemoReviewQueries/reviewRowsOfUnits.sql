-- How many rows of finance's review (V017: dispositions, corrections, review events and comments) name a
-- unit any version of whose reports came from the data set :dataSet, in any year: where there is one,
-- someone has reviewed there and the demo review state is not applied.
WITH units AS (SELECT DISTINCT unit_code FROM report_version WHERE data_set = :dataSet)
SELECT (SELECT count(*) FROM finding_disposition WHERE unit_code IN (SELECT unit_code FROM units))
     + (SELECT count(*) FROM figure_correction WHERE unit_code IN (SELECT unit_code FROM units))
     + (SELECT count(*) FROM report_review_event WHERE unit_code IN (SELECT unit_code FROM units))
