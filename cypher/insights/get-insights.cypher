// Insights by id, with who shared them (to contact) and the session they came from. Insights in the
// trash, or shared by an organisation in the trash, are left out; a meeting in the trash (or of a
// group in the trash) is not shown, but its insights stay in the library.
MATCH (o:Organisation)-[:SHARED]->(i:Insight)
WHERE i.id IN $ids
  AND i.deletedAt IS NULL
  AND o.deletedAt IS NULL
RETURN i {
  .id, .kind, .title, .body, .language, .themes, .disciplines, .createdAt, .updatedAt, .version,
  organisation: o {.id, .slug, .name, .email, .website},
  meeting: COLLECT {
    MATCH (i)-[:AT]->(m:Meeting)
    WHERE m.deletedAt IS NULL
      AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
    RETURN m {
      .id, .kind, .title,
      startsAt: left(toString(localdatetime(m.startsAt)), 16),
      workingGroup: COLLECT { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) RETURN g {.id, .slug, .name} }[0]
    }
  }[0]
} AS insight
