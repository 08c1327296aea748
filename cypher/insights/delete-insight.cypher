// Soft delete: the insight goes to the trash with its links intact, so a restore brings it back whole.
MATCH (i:Insight {id: $id})
WHERE i.deletedAt IS NULL
SET i.deletedAt = datetime(),
    i.deletedBy = $actorId
