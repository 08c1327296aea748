// Pairs of organisations that were partners in the same project within the period.
// A project counts when it overlaps [$from, $to]; ideas and cancelled projects did not happen.
// Nothing in the trash counts: a deleted project makes no tie, a deleted partner has none, and the
// project still ties its other partners. a.id < b.id keeps one row per pair.
MATCH (a:Organisation)-[:PARTNER_IN]->(p:Project)<-[:PARTNER_IN]-(b:Organisation)
WHERE a.id < b.id
  AND p.deletedAt IS NULL
  AND a.deletedAt IS NULL
  AND b.deletedAt IS NULL
  AND NOT p.status IN ['idea', 'cancelled']
  AND ($from IS NULL OR coalesce(p.endDate, p.startDate) >= date($from))
  AND ($to IS NULL OR p.startDate <= date($to))
  AND ($discipline IS NULL OR ($discipline IN a.disciplines AND $discipline IN b.disciplines))
RETURN a.id AS source, b.id AS target, 'project' AS kind,
       count(DISTINCT p) AS count,
       min(p.startDate) AS first,
       max(coalesce(p.endDate, p.startDate)) AS last
