// A meeting in the trash, write-locked for its restore (lock first, then the check: see
// organisations/lock-organisation.cypher).
MATCH (m:Meeting {id: $id})
SET m._lock = true
REMOVE m._lock
WITH m
WHERE m.deletedAt IS NOT NULL
RETURN m.version AS version, m.title AS title
