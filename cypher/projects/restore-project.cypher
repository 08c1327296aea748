// Takes a project out of the trash; its partner and discipline links were never removed.
MATCH (p:Project {id: $id})
WHERE p.deletedAt IS NOT NULL
REMOVE p.deletedAt, p.deletedBy
