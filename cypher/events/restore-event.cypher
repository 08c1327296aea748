// Takes an event out of the trash; its organisers and promotion records were never removed.
MATCH (e:Event {id: $id})
WHERE e.deletedAt IS NOT NULL
REMOVE e.deletedAt, e.deletedBy
