// Soft delete: the event goes to the trash with its organisers, project and promotion records
// intact, so a restore brings it back whole; meanwhile no page, feed or list shows it.
MATCH (e:Event {id: $id})
WHERE e.deletedAt IS NULL
SET e.deletedAt = datetime(),
    e.deletedBy = $actorId
