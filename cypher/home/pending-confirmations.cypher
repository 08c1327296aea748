// Meetings of the organisation's own groups (it was a member on the day) from $days days ago to
// $days days ahead where its attendance is not confirmed by one of its representatives: no record,
// or one a coordinator entered (confirmedBy is null then). Soonest first; nothing in the trash.
MATCH (o:Organisation {id: $organisationId})-[r:MEMBER_OF]->(g:WorkingGroup)<-[:OF_GROUP]-(m:Meeting)
WHERE g.deletedAt IS NULL AND m.deletedAt IS NULL
  AND r.joinedOn <= date(m.startsAt)
  AND (r.leftOn IS NULL OR r.leftOn >= date(m.startsAt))
  AND m.startsAt >= datetime() - duration({days: $days})
  AND m.startsAt <= datetime() + duration({days: $days})
  AND NOT EXISTS { MATCH (o)-[a:ATTENDED]->(m) WHERE a.confirmedBy IS NOT NULL }
RETURN m {
  .id, .kind, .title,
  startsAt: left(toString(localdatetime(m.startsAt)), 16),
  workingGroup: g {.id, .slug, .name},
  status: COLLECT { MATCH (o)-[a:ATTENDED]->(m) RETURN a.status }[0]
} AS meeting
ORDER BY m.startsAt
LIMIT $limit
