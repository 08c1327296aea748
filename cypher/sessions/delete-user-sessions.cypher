// Ends every session of a user but $exceptId (null: all of them): disable, reset, password change.
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE $exceptId IS NULL OR s.id <> $exceptId
DETACH DELETE s
RETURN count(*) AS deleted
