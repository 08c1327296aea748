// Creates organisations and links each to its disciplines in rank order (rank 0 is the main one).
UNWIND $organisations AS row
CREATE (o:Organisation)
SET o = row.props,
    o.id = row.id,
    o.createdAt = datetime(),
    o.updatedAt = datetime(),
    o.version = 1
WITH o, row
CALL (o, row) {
  UNWIND range(0, size(row.props.disciplines) - 1) AS rank
  MATCH (d:Discipline {id: row.props.disciplines[rank]})
  CREATE (o)-[:WORKS_IN {rank: rank, main: rank = 0}]->(d)
}
RETURN o {.*} AS organisation
