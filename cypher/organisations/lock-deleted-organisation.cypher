// An organisation in the trash, write-locked for its restore (see lock-organisation.cypher), with
// the slug it had.
MATCH (o:Organisation {id: $id})
WHERE o.deletedAt IS NOT NULL
SET o._lock = true
REMOVE o._lock
RETURN o.version AS version, o {.*, slug: o.deletedSlug} AS organisation
