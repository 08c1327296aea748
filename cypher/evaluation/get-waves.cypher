// Waves, newest close first (all, or those given by id, or those asking one organisation), each with
// the organisations asked (not in the trash), how many of them submitted, and that organisation's own
// answer state.
MATCH (s:Survey)
WHERE ($ids IS NULL OR s.id IN $ids)
  AND ($organisationId IS NULL OR EXISTS { (s)-[:ASKS]->(:Organisation {id: $organisationId}) })
WITH s, COLLECT { MATCH (s)-[:ASKS]->(o:Organisation) WHERE o.deletedAt IS NULL RETURN o.id ORDER BY o.id } AS asked
RETURN s {
  .id, .title, .closedAt, .createdAt, .updatedAt, .version,
  periodFrom: toString(s.periodFrom), periodTo: toString(s.periodTo),
  opensOn: toString(s.opensOn), closesOn: toString(s.closesOn),
  organisationIds: asked,
  answered: COUNT {
    MATCH (o:Organisation)-[:ANSWERED]->(r:Response {status: 'submitted'})-[:IN_SURVEY]->(s)
    WHERE o.id IN asked
  },
  ownStatus: CASE WHEN $organisationId IS NULL THEN null ELSE coalesce(COLLECT {
    MATCH (:Organisation {id: $organisationId})-[:ANSWERED]->(r:Response)-[:IN_SURVEY]->(s)
    RETURN r.status
  }[0], 'not-started') END
} AS wave
ORDER BY s.closesOn DESC, s.createdAt DESC
