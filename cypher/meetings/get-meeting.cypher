// One meeting with its group and the number of insights shared at it. A meeting in the trash, or
// of a group in the trash, is not found. Times go out as Brussels wall-clock text.
MATCH (m:Meeting {id: $id})
WHERE m.deletedAt IS NULL
  AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
RETURN m {
  .id, .kind, .title, .place, .onlineUrl, .agenda, .minutes, .decisions, .createdAt, .updatedAt, .version,
  startsAt: left(toString(localdatetime(m.startsAt)), 16),
  endsAt: left(toString(localdatetime(m.endsAt)), 16),
  workingGroup: COLLECT { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) RETURN g {.id, .slug, .name} }[0],
  insightCount: COUNT {
    MATCH (o:Organisation)-[:SHARED]->(i:Insight)-[:AT]->(m)
    WHERE i.deletedAt IS NULL AND o.deletedAt IS NULL
  }
} AS meeting
