-- Parsing of indicator texts that hold one quantity: an optional comparator, a number and a short
-- unit, e.g. "≥95%", "4 次", "491.38 万元", "≤30万元". Whitespace inside is ignored. A text that is
-- not exactly one quantity ("长期", "有所提升", "2020 年 1 月-12 月") gives NULL for all three parts.
CREATE OR REPLACE MACRO measure_parts(txt) AS
    regexp_extract(regexp_replace(coalesce(txt, ''), '\s+', '', 'g'),
                   '^(≥|≤|>=|<=|＞=|＜=|=|＝|>|<|＞|＜)?([0-9]+(?:\.[0-9]+)?)([^0-9]{0,4})$',
                   ['cmp', 'num', 'unit']);

-- '≥', '≤', '>', '<' or '=' (no comparator written means '=').
CREATE OR REPLACE MACRO measure_cmp(txt) AS
    CASE WHEN measure_parts(txt).num = '' THEN NULL
         WHEN measure_parts(txt).cmp IN ('≥', '>=', '＞=') THEN '≥'
         WHEN measure_parts(txt).cmp IN ('≤', '<=', '＜=') THEN '≤'
         WHEN measure_parts(txt).cmp IN ('>', '＞') THEN '>'
         WHEN measure_parts(txt).cmp IN ('<', '＜') THEN '<'
         ELSE '=' END;

CREATE OR REPLACE MACRO measure_value(txt) AS
    CASE WHEN measure_parts(txt).num = '' THEN NULL ELSE measure_parts(txt).num::DECIMAL(20,4) END;

CREATE OR REPLACE MACRO measure_unit(txt) AS
    CASE WHEN measure_parts(txt).num = '' OR measure_parts(txt).unit = '' THEN NULL ELSE measure_parts(txt).unit END;
