// Takes a meeting out of the trash; its attendance was never removed.
MATCH (m:Meeting {id: $id})
WHERE m.deletedAt IS NOT NULL
REMOVE m.deletedAt, m.deletedBy
