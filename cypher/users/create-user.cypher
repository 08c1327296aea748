// Creates an account and, for a representative, the link to its organisation.
CREATE (u:User)
SET u = $props,
    u.id = $id,
    u.failedSignIns = 0,
    u.lockedUntil = null,
    u.createdAt = datetime(),
    u.updatedAt = datetime(),
    u.version = 1
WITH u
CALL (u) {
  MATCH (o:Organisation {id: $organisationId})
  CREATE (u)-[:REPRESENTS]->(o)
}
RETURN u.id AS id
