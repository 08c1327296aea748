// Opens waves: their dates and the organisations asked (organisations in the trash are not asked).
UNWIND $waves AS row
CREATE (s:Survey {
  id: row.id,
  title: row.title,
  periodFrom: date(row.periodFrom),
  periodTo: date(row.periodTo),
  opensOn: date(row.opensOn),
  closesOn: date(row.closesOn),
  version: 1
})
SET s.createdAt = coalesce(datetime(row.createdAt), datetime()),
    s.updatedAt = s.createdAt
WITH s, row
CALL (s, row) {
  UNWIND row.organisationIds AS organisationId
  MATCH (o:Organisation {id: organisationId})
  WHERE o.deletedAt IS NULL
  CREATE (s)-[:ASKS]->(o)
}
RETURN count(s) AS created
