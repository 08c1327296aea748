// Replaces the writable properties and the discipline links; keeps id and createdAt.
UNWIND $organisations AS row
MATCH (o:Organisation {id: row.id})
SET o += row.props,
    o.updatedAt = datetime(),
    o.version = o.version + 1
WITH o, row
CALL (o) {
  MATCH (o)-[w:WORKS_IN]->(:Discipline)
  DELETE w
}
CALL (o, row) {
  UNWIND range(0, size(row.props.disciplines) - 1) AS rank
  MATCH (d:Discipline {id: row.props.disciplines[rank]})
  CREATE (o)-[:WORKS_IN {rank: rank, main: rank = 0}]->(d)
}
RETURN o {.*} AS organisation
