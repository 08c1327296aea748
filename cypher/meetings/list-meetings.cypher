// One page of meetings and the total, with their group and attendance counts. $workingGroup is a
// group's id or slug; $from/$to are Brussels days, both included. $sort:
//   upcoming: meetings that have not started, soonest first, then the others, most recent first;
//   date: oldest first; -date: newest first.
// Meetings in the trash, or of a group in the trash, are left out.
MATCH (m:Meeting)
WHERE m.deletedAt IS NULL
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($workingGroup IS NULL OR EXISTS {
    MATCH (m)-[:OF_GROUP]->(g:WorkingGroup)
    WHERE g.id = $workingGroup OR g.slug = $workingGroup
  })
  AND ($from IS NULL OR m.startsAt >= datetime({date: date($from), timezone: $timeZone}))
  AND ($to IS NULL OR m.startsAt < datetime({date: date($to) + duration('P1D'), timezone: $timeZone}))
WITH m, m.startsAt > datetime() AS upcoming
// Two sort keys, one ascending and one descending; the one a case does not use is null for every row.
ORDER BY CASE WHEN $sort = 'upcoming' AND NOT upcoming THEN 1 ELSE 0 END,
         CASE WHEN $sort = 'date' OR ($sort = 'upcoming' AND upcoming) THEN m.startsAt END ASC,
         CASE WHEN $sort = '-date' OR ($sort = 'upcoming' AND NOT upcoming) THEN m.startsAt END DESC,
         m.title ASC
WITH collect(m) AS matches
RETURN size(matches) AS total,
       [m IN matches[$skip..($skip + $limit)] | m {
         .id, .kind, .title, .place, .onlineUrl, .agenda, .minutes, .decisions, .createdAt, .updatedAt, .version,
         startsAt: left(toString(localdatetime(m.startsAt)), 16),
         endsAt: left(toString(localdatetime(m.endsAt)), 16),
         workingGroup: COLLECT { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) RETURN g {.id, .slug, .name} }[0],
         attendanceCounts: {
           present: COUNT { MATCH (o:Organisation)-[a:ATTENDED]->(m) WHERE a.status = 'present' AND o.deletedAt IS NULL },
           excused: COUNT { MATCH (o:Organisation)-[a:ATTENDED]->(m) WHERE a.status = 'excused' AND o.deletedAt IS NULL },
           absent: COUNT { MATCH (o:Organisation)-[a:ATTENDED]->(m) WHERE a.status = 'absent' AND o.deletedAt IS NULL }
         }
       }] AS items
