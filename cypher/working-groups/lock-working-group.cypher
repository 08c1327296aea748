// Takes the group's write lock before reading its version (see organisations/lock-organisation.cypher);
// membership changes take it too, so two people cannot both add the same organisation.
MATCH (g:WorkingGroup {id: $id})
WHERE g.deletedAt IS NULL
SET g._lock = true
REMOVE g._lock
RETURN g.version AS version, g.name AS name
