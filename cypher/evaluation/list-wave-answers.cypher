// The submitted answers of waves (drafts never count), with every partner rated (partners in the
// trash are left out), for the results. Only the aggregates computed from them leave the server.
MATCH (o:Organisation)-[:ANSWERED]->(r:Response {status: 'submitted'})-[:IN_SURVEY]->(s:Survey)
WHERE s.id IN $ids
  AND o.deletedAt IS NULL
  AND (s)-[:ASKS]->(o)
RETURN s.id AS waveId, o.id AS organisationId,
       r {.communication, .workingGroups, .meetings, .knowledgeExchange, .satisfaction, .whatWorks, .whatShouldChange, .consentToBeNamed} AS answer,
       COLLECT {
         MATCH (r)-[x:RATES]->(p:Organisation)
         WHERE p.deletedAt IS NULL
         RETURN x {organisationId: p.id, .frequency, .openness, .reliability, .sharedMission, .influence, .resources, .involvement}
       } AS partners
