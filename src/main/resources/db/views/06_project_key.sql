-- Projects across years: the key that links a unit's project from one year's report to the next.
-- docs/metrics.md ("Projects across years") explains it.

-- The key that links a unit's projects year to year: the name with full-width digits and Latin
-- letters made half-width, every space, punctuation mark and symbol removed, years written as
-- "2020年" / "2020年度" (or "2019-2020年") removed, and Latin letters in lower case.
-- "2020年省级自然资源卫片执法补助经费" and "2021年 省级自然资源卫片执法补助经费" both become
-- "省级自然资源卫片执法补助经费". Nothing else is guessed: "民主监督" and "民主监督经费" stay apart.
-- com.perfdash.projects.ProjectNames.normalise is the same function in Java; a test keeps them equal.
CREATE OR REPLACE MACRO project_key(name) AS
    lower(regexp_replace(
        regexp_replace(
            translate(coalesce(name, ''),
                      '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ',
                      '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
            '[\p{P}\p{S}\p{Z}\p{Cc}]+', '', 'g'),
        '(?:19|20)[0-9]{2}(?:(?:19|20)[0-9]{2})?年度?', '', 'g'));

-- project_name_key (a table, V007) caches project_key of every loaded name, so that the refresh of the
-- project years need not run the regular expressions again for every row; the after-load step
-- com.perfdash.projects.ProjectKeyStep adds the names each load brings. When this file changes, the
-- cached keys may be stale: they are computed again here from the definition above.
DELETE FROM project_name_key;
INSERT INTO project_name_key (project_name, project_key)
SELECT n.project_name, project_key(n.project_name)
FROM (
    SELECT project_name FROM project
    UNION
    SELECT project_name FROM eval_table WHERE project_name IS NOT NULL
) n;
