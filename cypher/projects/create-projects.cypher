// Creates projects with their partner, discipline and working-group links; dates are stored as Neo4j dates.
UNWIND $projects AS row
CREATE (p:Project)
SET p = row.props,
    p.id = row.id,
    p.startDate = date(row.startDate),
    p.endDate = date(row.endDate),
    p.createdAt = datetime(),
    p.updatedAt = datetime(),
    p.version = 1
WITH p, row
CALL (p, row) {
  UNWIND row.partners AS partner
  MATCH (o:Organisation {id: partner.organisationId})
  CREATE (o)-[:PARTNER_IN {role: partner.role}]->(p)
}
CALL (p, row) {
  UNWIND row.props.disciplines AS disciplineId
  MATCH (d:Discipline {id: disciplineId})
  CREATE (p)-[:INVOLVES]->(d)
}
// The working group it was born in, if any (no row matches a null id).
CALL (p, row) {
  MATCH (g:WorkingGroup {id: row.workingGroupId})
  CREATE (p)-[:BORN_IN]->(g)
}
RETURN p.id AS id
