// A project in the trash, write-locked for its restore (lock first, then the check: see
// organisations/lock-organisation.cypher).
MATCH (p:Project {id: $id})
SET p._lock = true
REMOVE p._lock
WITH p
WHERE p.deletedAt IS NOT NULL
RETURN p.version AS version
