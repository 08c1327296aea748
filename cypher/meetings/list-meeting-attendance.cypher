// Everyone invited to a meeting (members of its group on its Brussels day; every organisation for a
// plenary) and everyone else with a record, each with its record if it has one, by name.
// Organisations in the trash are left out.
MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (m)-[:OF_GROUP]->(g:WorkingGroup)
WITH m, g, date(m.startsAt) AS day
CALL (m, g, day) {
  // A pattern through a null group matches nothing, so only one of the first two parts gives rows.
  MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
  WHERE o.deletedAt IS NULL AND r.joinedOn <= day AND (r.leftOn IS NULL OR r.leftOn >= day)
  RETURN o, true AS invited
  UNION ALL
  MATCH (o:Organisation)
  WHERE g IS NULL AND m.kind = 'plenary' AND o.deletedAt IS NULL
  RETURN o, true AS invited
  UNION ALL
  MATCH (o:Organisation)-[:ATTENDED]->(m)
  WHERE o.deletedAt IS NULL
  RETURN o, false AS invited
}
WITH m, o, true IN collect(invited) AS invited
OPTIONAL MATCH (o)-[a:ATTENDED]->(m)
RETURN o {.id, .slug, .name, .mainDiscipline} AS organisation,
       invited,
       a.status AS status,
       a.recordedAt AS recordedAt,
       a.confirmedBy AS confirmedBy
ORDER BY o.nameKey
