// An insight in the trash, write-locked for its restore.
MATCH (i:Insight {id: $id})
WHERE i.deletedAt IS NOT NULL
SET i._lock = true
REMOVE i._lock
RETURN i.version AS version, i.title AS title
