// The meetings an organisation was invited to that have started and whose attendance was taken
// (someone has a record), with its own status, for its attendance rate: the meetings of its groups
// while it was a member, and every plenary. Nothing in the trash counts.
MATCH (o:Organisation {id: $id})
WHERE o.deletedAt IS NULL
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
WHERE m.deletedAt IS NULL
  AND m.startsAt < datetime()
  AND EXISTS { MATCH (:Organisation)-[:ATTENDED]->(m) }
OPTIONAL MATCH (o)-[a:ATTENDED]->(m)
RETURN toString(date(m.startsAt)) AS day, a.status AS status
ORDER BY day
