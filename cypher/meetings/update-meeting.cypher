// Replaces the writable properties, the times and the group of one meeting.
MATCH (m:Meeting {id: $id})
SET m += $props,
    m.startsAt = datetime({datetime: localdatetime($startsAt), timezone: $timeZone}),
    m.endsAt = datetime({datetime: localdatetime($endsAt), timezone: $timeZone}),
    m.updatedAt = datetime(),
    m.version = m.version + 1
WITH m
CALL (m) {
  MATCH (m)-[r:OF_GROUP]->(:WorkingGroup)
  DELETE r
}
CALL (m) {
  MATCH (g:WorkingGroup {id: $workingGroupId})
  CREATE (m)-[:OF_GROUP]->(g)
}
RETURN m.id AS id
