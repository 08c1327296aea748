// Lock first, then the checks: see organisations/lock-organisation.cypher.
// One in the trash cannot be changed.
MATCH (p:Project {id: $id})
SET p._lock = true
REMOVE p._lock
WITH p
WHERE p.deletedAt IS NULL
RETURN p.version AS version
