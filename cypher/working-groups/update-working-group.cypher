// Replaces the writable properties and the focus discipline of one group; keeps id and createdAt.
MATCH (g:WorkingGroup {id: $id})
SET g += $props,
    g.updatedAt = datetime(),
    g.version = g.version + 1
WITH g
CALL (g) {
  MATCH (g)-[f:FOCUSES_ON]->(:Discipline)
  DELETE f
}
CALL (g) {
  MATCH (d:Discipline {id: $props.focusDiscipline})
  CREATE (g)-[:FOCUSES_ON]->(d)
}
RETURN g.id AS id
