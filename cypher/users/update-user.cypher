// Replaces what an admin may change: name, role, organisation, disabled.
MATCH (u:User {id: $id})
SET u += $props,
    u.updatedAt = datetime(),
    u.version = u.version + 1
WITH u
CALL (u) {
  MATCH (u)-[r:REPRESENTS]->(:Organisation)
  DELETE r
}
CALL (u) {
  MATCH (o:Organisation {id: $organisationId})
  CREATE (u)-[:REPRESENTS]->(o)
}
RETURN u.id AS id
