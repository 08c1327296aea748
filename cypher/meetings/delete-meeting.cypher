// Soft delete: the meeting goes to the trash with its attendance and insights' links intact, so a
// restore brings it back whole; meanwhile it counts for nobody.
MATCH (m:Meeting {id: $id})
WHERE m.deletedAt IS NULL
SET m.deletedAt = datetime(),
    m.deletedBy = $actorId
