// One page of projects, newest first, with partners and their roles. Projects and partners in the
// trash are left out; a project keeps counting for its other partners when one is deleted.
MATCH (p:Project)
WHERE p.deletedAt IS NULL
  AND ($status IS NULL OR p.status = $status)
  AND ($discipline IS NULL OR $discipline IN p.disciplines)
  AND ($organisation IS NULL OR EXISTS {
    MATCH (o:Organisation {id: $organisation})-[:PARTNER_IN]->(p)
    WHERE o.deletedAt IS NULL
  })
  AND ($workingGroup IS NULL OR EXISTS {
    MATCH (p)-[:BORN_IN]->(g:WorkingGroup)
    WHERE g.id = $workingGroup OR g.slug = $workingGroup
  })
  AND ($needsPartnersIn IS NULL OR $needsPartnersIn IN p.needsPartnersIn)
WITH p
ORDER BY p.startDate DESC, p.title ASC
WITH collect(p) AS matches
RETURN size(matches) AS total,
       [p IN matches[$skip..($skip + $limit)] | p {
         .*,
         workingGroup: COLLECT {
           MATCH (p)-[:BORN_IN]->(g:WorkingGroup)
           WHERE g.deletedAt IS NULL
           RETURN g {.id, .slug, .name}
         }[0],
         partners: COLLECT {
           MATCH (o:Organisation)-[r:PARTNER_IN]->(p)
           WHERE o.deletedAt IS NULL
           RETURN {organisationId: o.id, slug: o.slug, name: o.name, role: r.role}
           ORDER BY r.role = 'lead' DESC, o.nameKey ASC
         }
       }] AS items
