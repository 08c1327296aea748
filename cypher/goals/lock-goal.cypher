// Takes the goal's write lock before reading its version (see organisations/lock-organisation.cypher).
MATCH (g:Goal {id: $id})
SET g._lock = true
REMOVE g._lock
WITH g
WHERE g.deletedAt IS NULL
RETURN g.version AS version, g.title AS title
