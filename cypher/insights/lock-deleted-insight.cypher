// An insight in the trash, write-locked for its restore (lock first, then the check: see
// organisations/lock-organisation.cypher).
MATCH (i:Insight {id: $id})
SET i._lock = true
REMOVE i._lock
WITH i
WHERE i.deletedAt IS NOT NULL
RETURN i.version AS version, i.title AS title
