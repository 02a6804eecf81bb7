SELECT count(*) FROM report
