// Projects an import's rows name by id, not those in the trash: each row updates one of these or creates a project.
MATCH (p:Project)
WHERE p.id IN $ids
  AND p.deletedAt IS NULL
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
