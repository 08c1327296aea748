// A meeting in the trash, write-locked for its restore.
MATCH (m:Meeting {id: $id})
WHERE m.deletedAt IS NOT NULL
SET m._lock = true
REMOVE m._lock
RETURN m.version AS version, m.title AS title
