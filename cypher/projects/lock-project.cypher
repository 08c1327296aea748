// Write lock before reading the version: see organisations/lock-organisation.cypher.
MATCH (p:Project {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN p.version AS version
