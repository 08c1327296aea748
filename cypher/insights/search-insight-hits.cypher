// The ids of the insights that match the search $query and pass the library's filters, best first.
// $query is built by server/domain/insight-search.ts. It is asked of the accent-folding index over
// every insight and of each language's stemmed index (which hold only insights in their language);
// an insight's score is the sum, so a word found as written and as a form of itself ranks higher.
CALL () {
  CALL db.index.fulltext.queryNodes('insight_text', $query) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('insight_text_nl', $query) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('insight_text_fr', $query) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('insight_text_en', $query) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('insight_text_de', $query) YIELD node, score RETURN node, score
}
WITH node AS i, sum(score) AS score
MATCH (o:Organisation)-[:SHARED]->(i)
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
RETURN i.id AS id, score
ORDER BY score DESC, i.createdAt DESC
