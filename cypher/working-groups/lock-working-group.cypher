// Takes the group's write lock before reading its state and version (see
// organisations/lock-organisation.cypher); membership changes take it too, so two people cannot
// both add the same organisation.
MATCH (g:WorkingGroup {id: $id})
SET g._lock = true
REMOVE g._lock
WITH g
WHERE g.deletedAt IS NULL
RETURN g.version AS version, g.name AS name
