// Moves an event to another status (the repository checked the move is allowed).
MATCH (e:Event {id: $id})
SET e.status = $status,
    e.updatedAt = datetime(),
    e.version = e.version + 1
RETURN e.version AS version
