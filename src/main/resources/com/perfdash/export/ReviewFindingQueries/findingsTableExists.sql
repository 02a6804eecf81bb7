-- True when the review checks have created their findings table in this database.
SELECT count(*) > 0
FROM information_schema.tables
WHERE table_name = 'review_finding'
