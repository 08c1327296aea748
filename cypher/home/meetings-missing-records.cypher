// Meetings that took place in the last $days days (working-group, plenary, knowledge exchange)
// without minutes or without any attendance recorded: the coordinator's follow-up. Most recent
// first; nothing in the trash, nor of a group in the trash.
MATCH (m:Meeting)
WHERE m.deletedAt IS NULL
  AND m.startsAt < datetime()
  AND m.startsAt >= datetime() - duration({days: $days})
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
WITH m,
     m.minutes IS NULL OR trim(m.minutes) = '' AS missingMinutes,
     NOT EXISTS { MATCH (:Organisation)-[:ATTENDED]->(m) } AS missingAttendance
WHERE missingMinutes OR missingAttendance
WITH m, missingMinutes, missingAttendance,
     COLLECT { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) RETURN g {.id, .slug, .name} }[0] AS workingGroup
ORDER BY m.startsAt DESC
WITH collect({
  id: m.id, kind: m.kind, title: m.title,
  startsAt: left(toString(localdatetime(m.startsAt)), 16),
  workingGroup: workingGroup, missingMinutes: missingMinutes, missingAttendance: missingAttendance
}) AS found
RETURN found[0..$limit] AS items, size(found) AS total
