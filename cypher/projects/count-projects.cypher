MATCH (p:Project)
RETURN count(p) AS count
