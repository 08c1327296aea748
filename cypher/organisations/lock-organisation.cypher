// Takes the node's write lock before reading its version, so two concurrent updates
// cannot both see the same version (the lost-update pattern of the Cypher manual).
// Returns the organisation as it was, for the audit log. One in the trash cannot be changed.
MATCH (o:Organisation {id: $id})
WHERE o.deletedAt IS NULL
SET o._lock = true
REMOVE o._lock
RETURN o.version AS version, o {.*} AS organisation
