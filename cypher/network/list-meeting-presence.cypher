// Meetings as dated rows for the collaboration model: who was present at each meeting of the kinds
// that make ties ($kinds), held within [$from, $to] (Brussels days), on its Brussels day.
// Nothing in the trash counts: a deleted meeting, a meeting of a deleted group, a deleted organisation.
MATCH (m:Meeting)
WHERE m.deletedAt IS NULL
  AND m.kind IN $kinds
  AND ($from IS NULL OR m.startsAt >= datetime({date: date($from), timezone: $timeZone}))
  AND ($to IS NULL OR m.startsAt < datetime({date: date($to) + duration('P1D'), timezone: $timeZone}))
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
WITH m, [(o:Organisation)-[:ATTENDED {status: 'present'}]->(m)
         WHERE o.deletedAt IS NULL AND ($discipline IS NULL OR $discipline IN o.disciplines) | o.id] AS present
WHERE size(present) >= 2
WITH m, present, toString(date(datetime({datetime: m.startsAt, timezone: $timeZone}))) AS day
RETURN m.id AS id, day AS from, day AS to, present AS organisations
