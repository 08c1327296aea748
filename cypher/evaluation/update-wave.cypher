// Replaces a wave's title, dates and the organisations asked; answers already given stay with the
// wave (an organisation asked again finds its draft).
MATCH (s:Survey {id: $id})
SET s.title = $title,
    s.periodFrom = date($periodFrom),
    s.periodTo = date($periodTo),
    s.opensOn = date($opensOn),
    s.closesOn = date($closesOn),
    s.updatedAt = datetime(),
    s.version = s.version + 1
WITH s
CALL (s) {
  MATCH (s)-[a:ASKS]->(o:Organisation)
  WHERE NOT o.id IN $organisationIds
  DELETE a
}
CALL (s) {
  UNWIND $organisationIds AS organisationId
  MATCH (o:Organisation {id: organisationId})
  WHERE o.deletedAt IS NULL AND NOT EXISTS { (s)-[:ASKS]->(o) }
  CREATE (s)-[:ASKS]->(o)
}
RETURN s.id AS id
