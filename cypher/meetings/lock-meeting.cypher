// Takes the meeting's write lock before reading its state and version (see
// organisations/lock-organisation.cypher); attendance changes take it too. Not found when it, or
// its group, is in the trash.
MATCH (m:Meeting {id: $id})
SET m._lock = true
REMOVE m._lock
WITH m
WHERE m.deletedAt IS NULL
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
RETURN m.version AS version, m.title AS title
