// The next meetings an organisation is invited to: those of the groups it is a member of on the
// day of the meeting, and the plenaries. Soonest first; nothing in the trash.
MATCH (o:Organisation {id: $organisationId})
CALL (o) {
  MATCH (o)-[r:MEMBER_OF]->(g:WorkingGroup)<-[:OF_GROUP]-(m:Meeting)
  WHERE g.deletedAt IS NULL
    AND r.joinedOn <= date(m.startsAt)
    AND (r.leftOn IS NULL OR r.leftOn >= date(m.startsAt))
  RETURN m
  UNION
  MATCH (m:Meeting {kind: 'plenary'})
  RETURN m
}
WITH o, m
WHERE m.deletedAt IS NULL AND m.startsAt >= datetime()
RETURN m {
  .id, .kind, .title,
  startsAt: left(toString(localdatetime(m.startsAt)), 16),
  workingGroup: COLLECT { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) RETURN g {.id, .slug, .name} }[0],
  status: COLLECT { MATCH (o)-[a:ATTENDED]->(m) RETURN a.status }[0]
} AS meeting
ORDER BY m.startsAt
LIMIT $limit
