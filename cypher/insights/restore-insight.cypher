// Takes an insight out of the trash.
MATCH (i:Insight {id: $id})
WHERE i.deletedAt IS NOT NULL
REMOVE i.deletedAt, i.deletedBy
