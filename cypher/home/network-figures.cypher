// The headline figures of the network: organisations, groups, projects by status, and ties
// (pairs of organisations that share a project), each now and as it stood at $quarterStartAt (the
// start of the current quarter), by creation and project dates; meetings this quarter and last.
CALL () {
  MATCH (o:Organisation) WHERE o.deletedAt IS NULL
  RETURN count(o) AS organisations,
         count(CASE WHEN o.createdAt < datetime($quarterStartAt) THEN 1 END) AS organisationsBefore
}
CALL () {
  MATCH (g:WorkingGroup) WHERE g.deletedAt IS NULL
  RETURN count(g) AS groups,
         count(CASE WHEN g.createdAt < datetime($quarterStartAt) THEN 1 END) AS groupsBefore
}
CALL () {
  MATCH (p:Project) WHERE p.deletedAt IS NULL
  RETURN collect(p.status) AS statuses
}
CALL () {
  MATCH (m:Meeting)
  WHERE m.deletedAt IS NULL
    AND NOT EXISTS { MATCH (m)-[:OF_GROUP]->(g:WorkingGroup) WHERE g.deletedAt IS NOT NULL }
  RETURN count(CASE WHEN date(m.startsAt) >= date($quarterStart) AND date(m.startsAt) < date($nextQuarterStart) THEN 1 END) AS meetings,
         count(CASE WHEN date(m.startsAt) >= date($previousQuarterStart) AND date(m.startsAt) < date($quarterStart) THEN 1 END) AS meetingsBefore
}
CALL () {
  // A tie counts once per pair, however many projects they share; before: projects started before.
  MATCH (a:Organisation)-[:PARTNER_IN]->(p:Project)<-[:PARTNER_IN]-(b:Organisation)
  WHERE a.id < b.id AND p.deletedAt IS NULL AND p.status <> 'cancelled'
    AND a.deletedAt IS NULL AND b.deletedAt IS NULL
  WITH a, b, min(p.startDate) AS first
  RETURN count(*) AS ties,
         count(CASE WHEN first < date($quarterStart) THEN 1 END) AS tiesBefore
}
RETURN organisations, organisationsBefore, groups, groupsBefore, statuses,
       meetings, meetingsBefore, ties, tiesBefore
