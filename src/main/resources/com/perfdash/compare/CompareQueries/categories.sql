SELECT DISTINCT category FROM unit ORDER BY category
