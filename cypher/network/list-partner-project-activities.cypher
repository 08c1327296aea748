// The joint projects of one organisation ($id) as dated rows for the collaboration model, for its
// partner list: per project, its partners and its dates. The same rules as
// list-project-activities.cypher, but starting from the organisation, so a profile reads only its
// own projects.
MATCH (:Organisation {id: $id})-[:PARTNER_IN]->(p:Project)
WHERE p.deletedAt IS NULL
  AND NOT p.status IN ['idea', 'cancelled']
  AND p.startDate IS NOT NULL
WITH p, [(o:Organisation)-[:PARTNER_IN]->(p) WHERE o.deletedAt IS NULL | o.id] AS partners
WHERE size(partners) >= 2
RETURN p.id AS id, p.startDate AS from, coalesce(p.endDate, p.startDate) AS to, partners AS organisations
