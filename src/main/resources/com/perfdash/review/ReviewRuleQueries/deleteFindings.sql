DELETE FROM review_finding
