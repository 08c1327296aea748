// Joint projects as dated rows for the collaboration model (server/analytics/collaboration-network.ts):
// per project that overlaps [$from, $to], its partners and its dates, never summed across projects.
// Ideas and cancelled projects did not happen; past the idea stage a project always has a start
// date (the status rules see to it), and one without an end lasted its first day.
// Nothing in the trash counts: a deleted project makes no tie, a deleted partner has none, and the
// project still ties its other partners.
// Starting from the projects and collecting each one's partner list is about twice as fast as
// matching the a-p-b pattern across all organisations (measured on 2,000 organisations), and one
// row per project instead of one per pair keeps the answer small.
MATCH (p:Project)
WHERE p.deletedAt IS NULL
  AND NOT p.status IN ['idea', 'cancelled']
  AND p.startDate IS NOT NULL
  AND ($from IS NULL OR coalesce(p.endDate, p.startDate) >= date($from))
  AND ($to IS NULL OR p.startDate <= date($to))
WITH p, [(o:Organisation)-[:PARTNER_IN]->(p)
         WHERE o.deletedAt IS NULL AND ($discipline IS NULL OR $discipline IN o.disciplines) | o.id] AS partners
WHERE size(partners) >= 2
RETURN p.id AS id, p.startDate AS from, coalesce(p.endDate, p.startDate) AS to, partners AS organisations
