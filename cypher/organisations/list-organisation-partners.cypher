// The organisations this one has done projects with, strongest tie first.
// Ideas and cancelled projects are not collaboration that happened; deleted projects and partners
// in the trash do not count.
MATCH (o:Organisation {id: $id})-[:PARTNER_IN]->(p:Project)<-[:PARTNER_IN]-(other:Organisation)
WHERE NOT p.status IN ['idea', 'cancelled']
  AND p.deletedAt IS NULL
  AND other.deletedAt IS NULL
WITH other, count(DISTINCT p) AS projects,
     min(p.startDate) AS first,
     max(coalesce(p.endDate, p.startDate)) AS last
RETURN other {.id, .slug, .name, .mainDiscipline} AS organisation, projects, first, last
ORDER BY projects DESC, other.nameKey ASC
