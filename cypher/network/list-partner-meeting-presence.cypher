// The meetings one organisation ($id) was present at, of the kinds that make ties ($kinds), as dated
// rows for the collaboration model, for its partner list: who else was present, on the meeting's
// Brussels day. The same rules as list-meeting-presence.cypher.
MATCH (:Organisation {id: $id})-[:ATTENDED {status: 'present'}]->(m:Meeting)
WHERE m.deletedAt IS NULL
  AND m.kind IN $kinds
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
WITH m, [(o:Organisation)-[:ATTENDED {status: 'present'}]->(m) WHERE o.deletedAt IS NULL | o.id] AS present
WHERE size(present) >= 2
WITH m, present, toString(date(datetime({datetime: m.startsAt, timezone: $timeZone}))) AS day
RETURN m.id AS id, day AS from, day AS to, present AS organisations
