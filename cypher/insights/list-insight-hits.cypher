// The ids of the insights that pass the library's filters, newest first (without search text).
// $organisation and $workingGroup are ids or slugs. The page is read with get-insights.
MATCH (o:Organisation)-[:SHARED]->(i:Insight)
WHERE i.deletedAt IS NULL
  AND o.deletedAt IS NULL
  AND ($kind IS NULL OR i.kind = $kind)
  AND ($theme IS NULL OR $theme IN i.themes)
  AND ($discipline IS NULL OR $discipline IN i.disciplines)
  AND ($organisation IS NULL OR o.id = $organisation OR o.slug = $organisation)
  AND ($meeting IS NULL OR EXISTS { MATCH (i)-[:AT]->(:Meeting {id: $meeting}) })
  AND ($workingGroup IS NULL OR EXISTS {
    MATCH (i)-[:AT]->(m:Meeting)-[:OF_GROUP]->(g:WorkingGroup)
    WHERE m.deletedAt IS NULL AND (g.id = $workingGroup OR g.slug = $workingGroup)
  })
RETURN i.id AS id, null AS score
ORDER BY i.createdAt DESC, i.title ASC
