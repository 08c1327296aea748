// Write lock before reading the version: see organisations/lock-organisation.cypher.
// One in the trash cannot be changed.
MATCH (p:Project {id: $id})
WHERE p.deletedAt IS NULL
SET p._lock = true
REMOVE p._lock
RETURN p.version AS version
