SELECT nextval('review_finding_seq') FROM range(:count)
