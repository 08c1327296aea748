// Takes the write lock of an event in the trash before it is restored.
MATCH (e:Event {id: $id})
SET e._lock = true
REMOVE e._lock
WITH e
WHERE e.deletedAt IS NOT NULL
RETURN e.version AS version
