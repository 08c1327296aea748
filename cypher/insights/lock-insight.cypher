// Takes the insight's write lock before reading its state and version (see
// organisations/lock-organisation.cypher), with the organisation that shared it (a representative
// edits only its own organisation's).
MATCH (o:Organisation)-[:SHARED]->(i:Insight {id: $id})
SET i._lock = true
REMOVE i._lock
WITH o, i
WHERE i.deletedAt IS NULL
  AND o.deletedAt IS NULL
RETURN i.version AS version, i.title AS title, o.id AS organisationId
