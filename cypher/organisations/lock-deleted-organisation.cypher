// An organisation in the trash, write-locked for its restore (lock first, then the check: see
// lock-organisation.cypher), with the slug it had.
MATCH (o:Organisation {id: $id})
SET o._lock = true
REMOVE o._lock
WITH o
WHERE o.deletedAt IS NOT NULL
RETURN o.version AS version, o {.*, slug: o.deletedSlug} AS organisation
