// Pairs of organisations that were partners in the same project within the period.
// A project counts when it overlaps [$from, $to]; ideas and cancelled projects did not happen.
// Nothing in the trash counts: a deleted project makes no tie, a deleted partner has none, and the
// project still ties its other partners.
// Starting from the projects and pairing each one's partner list is about twice as fast as
// matching the a-p-b pattern across all organisations (measured on 2,000 organisations).
MATCH (p:Project)
WHERE p.deletedAt IS NULL
  AND NOT p.status IN ['idea', 'cancelled']
  AND ($from IS NULL OR coalesce(p.endDate, p.startDate) >= date($from))
  AND ($to IS NULL OR p.startDate <= date($to))
WITH p, [(o:Organisation)-[:PARTNER_IN]->(p)
         WHERE o.deletedAt IS NULL AND ($discipline IS NULL OR $discipline IN o.disciplines) | o.id] AS partners
UNWIND partners AS a
UNWIND partners AS b
WITH p, a, b
WHERE a < b
RETURN a AS source, b AS target, 'project' AS kind,
       count(p) AS count,
       min(p.startDate) AS first,
       max(coalesce(p.endDate, p.startDate)) AS last
