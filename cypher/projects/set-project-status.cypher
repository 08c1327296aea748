// Moves a project on the board: only its status changes (the move was checked against its life cycle).
MATCH (p:Project {id: $id})
SET p.status = $status,
    p.updatedAt = datetime(),
    p.version = p.version + 1
RETURN p.id AS id
