// Takes a goal out of the trash.
MATCH (g:Goal {id: $id})
WHERE g.deletedAt IS NOT NULL
REMOVE g.deletedAt, g.deletedBy
