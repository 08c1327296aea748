MATCH (s:Session)-[:OF]->(:User {id: $userId})
RETURN count(s) AS count
