// One project with its partners, lead first; partners in the trash are left out. One in the trash
// is not found.
MATCH (p:Project {id: $id})
WHERE p.deletedAt IS NULL
RETURN p {
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
} AS project
