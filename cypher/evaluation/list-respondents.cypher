// The organisations a wave asks (not in the trash) with their answer state, by name: the coordinators'
// reminder list. The state only, never an answer.
MATCH (s:Survey {id: $id})-[:ASKS]->(o:Organisation)
WHERE o.deletedAt IS NULL
OPTIONAL MATCH (o)-[:ANSWERED]->(r:Response)-[:IN_SURVEY]->(s)
RETURN o.id AS id, o.name AS name, o.slug AS slug, o.email AS email, coalesce(r.status, 'not-started') AS status
ORDER BY o.nameKey, o.id
