// A group in the trash, write-locked for its restore (lock first, then the check: see
// organisations/lock-organisation.cypher), with the name and slug it had.
MATCH (g:WorkingGroup {id: $id})
SET g._lock = true
REMOVE g._lock
WITH g
WHERE g.deletedAt IS NOT NULL
RETURN g.version AS version, g.name AS name, g.deletedSlug AS slug
