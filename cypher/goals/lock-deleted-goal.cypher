// A goal in the trash, write-locked for its restore (lock first, then the check).
MATCH (g:Goal {id: $id})
SET g._lock = true
REMOVE g._lock
WITH g
WHERE g.deletedAt IS NOT NULL
RETURN g.version AS version, g.title AS title
