// Whether a meeting exists (not in the trash, nor of a group in the trash), for an insight's meetingId.
MATCH (m:Meeting {id: $id})
WHERE m.deletedAt IS NULL
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
RETURN m.id AS id
