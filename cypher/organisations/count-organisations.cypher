MATCH (o:Organisation)
RETURN count(o) AS count
