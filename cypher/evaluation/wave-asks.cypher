// Whether a wave asks an organisation (not in the trash).
MATCH (s:Survey {id: $id})-[:ASKS]->(o:Organisation {id: $organisationId})
WHERE o.deletedAt IS NULL
RETURN true AS asks
