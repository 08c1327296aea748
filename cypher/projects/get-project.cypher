MATCH (p:Project {id: $id})
RETURN p {
  .*,
  partners: COLLECT {
    MATCH (o:Organisation)-[r:PARTNER_IN]->(p)
    RETURN {organisationId: o.id, slug: o.slug, name: o.name, role: r.role}
    ORDER BY r.role = 'lead' DESC, o.nameKey ASC
  }
} AS project
