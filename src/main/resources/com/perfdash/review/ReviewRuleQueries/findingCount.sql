SELECT count(*) FROM review_finding
