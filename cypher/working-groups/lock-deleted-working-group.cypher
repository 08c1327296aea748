// A group in the trash, write-locked for its restore, with the name and slug it had.
MATCH (g:WorkingGroup {id: $id})
WHERE g.deletedAt IS NOT NULL
SET g._lock = true
REMOVE g._lock
RETURN g.version AS version, g.name AS name, g.deletedSlug AS slug
