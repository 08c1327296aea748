// The group's meetings that have started, each with the organisations invited (members on its
// Brussels day) and the attendance recorded, for the group's attendance trend. Meetings and
// organisations in the trash are left out.
MATCH (m:Meeting)-[:OF_GROUP]->(g:WorkingGroup {id: $id})
WHERE m.deletedAt IS NULL
  AND m.startsAt < datetime()
WITH m, g, date(m.startsAt) AS day
RETURN m.id AS meetingId,
       m.title AS title,
       left(toString(localdatetime(m.startsAt)), 16) AS startsAt,
       COLLECT {
         MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
         WHERE o.deletedAt IS NULL AND r.joinedOn <= day AND (r.leftOn IS NULL OR r.leftOn >= day)
         RETURN DISTINCT o.id
       } AS invited,
       COLLECT {
         MATCH (o:Organisation)-[a:ATTENDED]->(m)
         WHERE o.deletedAt IS NULL
         RETURN {organisationId: o.id, status: a.status}
       } AS records
ORDER BY m.startsAt
