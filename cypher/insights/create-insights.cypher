// Creates insights, each shared by an organisation and, when it came from a session, at a meeting.
UNWIND $insights AS row
MATCH (o:Organisation {id: row.organisationId})
CREATE (o)-[:SHARED]->(i:Insight)
SET i = row.props,
    i.id = row.id,
    i.createdAt = coalesce(datetime(row.createdAt), datetime()),
    i.updatedAt = i.createdAt,
    i.version = 1
WITH i, row
CALL (i, row) {
  MATCH (m:Meeting {id: row.meetingId})
  CREATE (i)-[:AT]->(m)
}
RETURN i.id AS id
