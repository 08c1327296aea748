// Creates meetings; startsAt/endsAt come as Brussels wall-clock text (YYYY-MM-DDTHH:mm) and are
// stored as datetimes in the zone $timeZone, so summer and winter time are Neo4j's to apply. A
// meeting of a group is linked to it; a plenary (workingGroupId null) to none.
UNWIND $meetings AS row
CREATE (m:Meeting)
SET m = row.props,
    m.id = row.id,
    m.startsAt = datetime({datetime: localdatetime(row.startsAt), timezone: $timeZone}),
    m.endsAt = datetime({datetime: localdatetime(row.endsAt), timezone: $timeZone}),
    m.createdAt = datetime(),
    m.updatedAt = datetime(),
    m.version = 1
WITH m, row
CALL (m, row) {
  MATCH (g:WorkingGroup {id: row.workingGroupId})
  CREATE (m)-[:OF_GROUP]->(g)
}
RETURN m.id AS id
