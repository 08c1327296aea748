// Takes the meeting's write lock before reading its version (see organisations/lock-organisation.cypher);
// attendance changes take it too. Not found when it, or its group, is in the trash.
MATCH (m:Meeting {id: $id})
WHERE m.deletedAt IS NULL
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
SET m._lock = true
REMOVE m._lock
RETURN m.version AS version, m.title AS title
