// The organisation's projects that are not finished (idea, planned, running), with their status
// and dates; the ones that start soonest first, ideas without dates last. Nothing in the trash.
MATCH (o:Organisation {id: $organisationId})-[:PARTNER_IN]->(p:Project)
WHERE p.deletedAt IS NULL AND p.status IN ['idea', 'planned', 'running']
RETURN p {
  .id, .title, .status,
  startDate: toString(p.startDate),
  endDate: toString(p.endDate)
} AS project
ORDER BY p.startDate IS NULL, p.startDate, p.title
LIMIT $limit
