// Working-group and knowledge-exchange meetings that have started, with the organisations invited
// (members of the group on its Brussels day) and the attendance recorded: the attendance-rate KPI.
// $groupId narrows to one group's meetings, $discipline to the invited organisations of that discipline.
// Meetings, groups and organisations in the trash are left out.
MATCH (m:Meeting)-[:OF_GROUP]->(g:WorkingGroup)
WHERE m.deletedAt IS NULL
  AND g.deletedAt IS NULL
  AND m.kind IN ['working-group', 'knowledge-exchange']
  AND m.startsAt < datetime()
  AND ($groupId IS NULL OR g.id = $groupId)
WITH m, g, date(m.startsAt) AS day
RETURN m.id AS meetingId,
       m.title AS title,
       toString(day) AS day,
       left(toString(localdatetime(m.startsAt)), 16) AS startsAt,
       COLLECT {
         MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
         WHERE o.deletedAt IS NULL AND r.joinedOn <= day AND (r.leftOn IS NULL OR r.leftOn >= day)
           AND ($discipline IS NULL OR EXISTS { MATCH (o)-[:WORKS_IN]->(:Discipline {id: $discipline}) })
         RETURN DISTINCT o.id
       } AS invited,
       COLLECT {
         MATCH (o:Organisation)-[a:ATTENDED]->(m)
         WHERE o.deletedAt IS NULL
         RETURN {organisationId: o.id, status: a.status}
       } AS records
ORDER BY m.startsAt
