// One page of projects, newest first, with partners and their roles.
MATCH (p:Project)
WHERE ($status IS NULL OR p.status = $status)
  AND ($discipline IS NULL OR $discipline IN p.disciplines)
  AND ($organisation IS NULL OR EXISTS { (:Organisation {id: $organisation})-[:PARTNER_IN]->(p) })
WITH p
ORDER BY p.startDate DESC, p.title ASC
WITH collect(p) AS matches
RETURN size(matches) AS total,
       [p IN matches[$skip..($skip + $limit)] | p {
         .*,
         partners: COLLECT {
           MATCH (o:Organisation)-[r:PARTNER_IN]->(p)
           RETURN {organisationId: o.id, slug: o.slug, name: o.name, role: r.role}
           ORDER BY r.role = 'lead' DESC, o.nameKey ASC
         }
       }] AS items
