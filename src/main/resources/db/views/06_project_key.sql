-- Projects across years: the key that links a unit's project from one year's report to the next.
-- docs/metrics.md ("Projects across years") explains it.

-- The one key of a project's name, for every question asked of it: which year's project is which
-- (project_years, the projects pages and their addresses), which of a report's tables evaluates which
-- listed project (the report page, the review rules PLAUS_PROJECT_NOT_LISTED and
-- PLAUS_PROJECTS_NOT_EVALUATED), which imported project table replaces which (replace_model.sql).
-- The name with full-width digits and Latin letters made half-width, every space, punctuation mark and
-- symbol removed, years written as "2020年" / "2020年度" (or "2019-2020年") removed, Latin letters in
-- lower case, and without the generic endings a unit adds or drops from one document to the next
-- (专项经费, 工作经费, 专项资金, 项目资金, 项目经费, 补助经费, 经费, 资金, 项目, 专项, 工作, however
-- many stand at the end). A key is its own key (project_key(project_key(n)) = project_key(n)), so an
-- address made with an older key still finds its project:
-- "2020年省级自然资源卫片执法补助经费" and "2021年 省级自然资源卫片执法补助经费" both become
-- "省级自然资源卫片执法"; the text's "区委党史项目" and the table's "区委党史专项经费" both "区委党史".
-- Nothing else is guessed: "区委党史" and "区委财经" stay apart.
CREATE OR REPLACE MACRO project_key(name) AS
    regexp_replace(
        lower(regexp_replace(
            regexp_replace(
                translate(coalesce(name, ''),
                          '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ',
                          '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
                '[\p{P}\p{S}\p{Z}\p{Cc}]+', '', 'g'),
            '(?:19|20)[0-9]{2}(?:(?:19|20)[0-9]{2})?年度?', '', 'g')),
        '(专项工作经费|工作专项经费|专项经费|工作经费|专项资金|项目资金|项目经费|补助经费|经费|资金|项目|专项|工作)+$', '');

-- Within one report, a listed project and a project table are the same project when their keys are
-- equal or one contains the other (the text's "区委中心" and the table's "区委中心宣传"); keys shorter
-- than two characters match nothing. Across years only equal keys link (project_years).
CREATE OR REPLACE MACRO same_project(a, b) AS
    length(a) >= 2 AND length(b) >= 2 AND (a = b OR contains(a, b) OR contains(b, a));

-- Every project name the model holds: the names the reports' texts list, and the project tables'
-- 专项名称 and 支出方向 (a table is matched to its listed project by either).
CREATE OR REPLACE VIEW project_names AS
SELECT project_name FROM project
UNION
SELECT project_name FROM eval_table WHERE project_name IS NOT NULL
UNION
SELECT spending_direction FROM eval_table WHERE spending_direction IS NOT NULL;

-- project_name_key (a table, V007) holds project_key of every name in project_names, and of no other:
-- what the project years, the report page, the import preview and the review rules join instead of
-- running the regular expressions again for every row. Every refresh of the stored metrics keeps it so
-- (com/perfdash/ingest/refresh_report_metrics.sql, run by every load inside its transaction); whatever
-- else writes the model tables must refresh them (com.perfdash.ingest.ReportMetricsStore). When this
-- file changes, the stored keys may be stale: they are computed again here from the definition above.
DELETE FROM project_name_key;
INSERT INTO project_name_key (project_name, project_key)
SELECT project_name, project_key(project_name) FROM project_names;
