// A project in the trash, write-locked for its restore (see organisations/lock-organisation.cypher).
MATCH (p:Project {id: $id})
WHERE p.deletedAt IS NOT NULL
SET p._lock = true
REMOVE p._lock
RETURN p.version AS version
