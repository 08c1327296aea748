// Takes the node's write lock before reading its version, so two concurrent updates
// cannot both see the same version (the lost-update pattern of the Cypher manual).
MATCH (o:Organisation {id: $id})
SET o._lock = true
REMOVE o._lock
RETURN o.version AS version
