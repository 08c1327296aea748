// Replaces the writable properties, the sharing organisation and the meeting of one insight.
MATCH (i:Insight {id: $id})
SET i += $props,
    i.updatedAt = datetime(),
    i.version = i.version + 1
WITH i
CALL (i) {
  MATCH (i)<-[s:SHARED]-(:Organisation)
  DELETE s
}
CALL (i) {
  MATCH (i)-[a:AT]->(:Meeting)
  DELETE a
}
CALL (i) {
  MATCH (o:Organisation {id: $organisationId})
  CREATE (o)-[:SHARED]->(i)
}
CALL (i) {
  MATCH (m:Meeting {id: $meetingId})
  CREATE (i)-[:AT]->(m)
}
RETURN i.id AS id
