// Replaces the writable properties, partners, disciplines and working group of one project.
MATCH (p:Project {id: $id})
SET p += $props,
    p.startDate = date($startDate),
    p.endDate = date($endDate),
    p.updatedAt = datetime(),
    p.version = p.version + 1
WITH p
// A partner in the trash is not in the form the user saw, so its link stays for its restore.
CALL (p) {
  MATCH (p)<-[r:PARTNER_IN]-(o:Organisation)
  WHERE o.deletedAt IS NULL
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
// The working group it was born in: a group in the trash is not in the form either, so its link stays.
CALL (p) {
  MATCH (p)-[b:BORN_IN]->(g:WorkingGroup)
  WHERE g.deletedAt IS NULL
  DELETE b
}
CALL (p) {
  MATCH (g:WorkingGroup {id: $workingGroupId})
  MERGE (p)-[:BORN_IN]->(g)
}
RETURN p.id AS id
