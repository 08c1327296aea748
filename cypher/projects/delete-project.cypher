// Soft delete: the project goes to the trash with its partners and disciplines, so a restore
// brings it back whole; meanwhile it counts for nobody.
MATCH (p:Project {id: $id})
WHERE p.deletedAt IS NULL
SET p.deletedAt = datetime(),
    p.deletedBy = $actorId
