// Replaces the writable properties, partners and disciplines of one project.
MATCH (p:Project {id: $id})
SET p += $props,
    p.startDate = date($startDate),
    p.endDate = date($endDate),
    p.updatedAt = datetime(),
    p.version = p.version + 1
WITH p
CALL (p) {
  MATCH (p)<-[r:PARTNER_IN]-(:Organisation)
  DELETE r
}
CALL (p) {
  MATCH (p)-[r:INVOLVES]->(:Discipline)
  DELETE r
}
CALL (p) {
  UNWIND $partners AS partner
  MATCH (o:Organisation {id: partner.organisationId})
  CREATE (o)-[:PARTNER_IN {role: partner.role}]->(p)
}
CALL (p) {
  UNWIND $props.disciplines AS disciplineId
  MATCH (d:Discipline {id: disciplineId})
  CREATE (p)-[:INVOLVES]->(d)
}
RETURN p.id AS id
