// Soft delete: the goal goes to the trash, whole, so a restore brings it back.
MATCH (g:Goal {id: $id})
WHERE g.deletedAt IS NULL
SET g.deletedAt = datetime(),
    g.deletedBy = $actorId
