// The organisation a representative is to speak for: it must exist and not be in the trash.
MATCH (o:Organisation {id: $id})
WHERE o.deletedAt IS NULL
RETURN o.id AS id
