// Creates working groups, each linked to its focus discipline.
UNWIND $groups AS row
CREATE (g:WorkingGroup)
SET g = row.props,
    g.id = row.id,
    g.createdAt = datetime(),
    g.updatedAt = datetime(),
    g.version = 1
WITH g, row
CALL (g, row) {
  MATCH (d:Discipline {id: row.props.focusDiscipline})
  CREATE (g)-[:FOCUSES_ON]->(d)
}
RETURN g.id AS id
