// Takes the node's write lock first, then reads its state: a transaction that waited for the lock
// sees what the one before it committed (its delete, its new version). Checking deletedAt in the
// MATCH, before the lock, let a save through right after a concurrent delete had committed.
// Returns the organisation as it was, for the audit log. One in the trash cannot be changed.
MATCH (o:Organisation {id: $id})
SET o._lock = true
REMOVE o._lock
WITH o
WHERE o.deletedAt IS NULL
RETURN o.version AS version, o {.*} AS organisation
