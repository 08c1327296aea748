// One organisation's answer in one wave, with the partners it rated (their names; partners in the
// trash are left out).
MATCH (o:Organisation {id: $organisationId})-[:ANSWERED]->(r:Response)-[:IN_SURVEY]->(:Survey {id: $id})
RETURN r {
  .id, .status, .communication, .workingGroups, .meetings, .knowledgeExchange, .satisfaction,
  .whatWorks, .whatShouldChange, .consentToBeNamed, .submittedAt, .version,
  partners: COLLECT {
    MATCH (r)-[x:RATES]->(p:Organisation)
    WHERE p.deletedAt IS NULL
    RETURN x {
      organisationId: p.id, name: p.name,
      .frequency, .openness, .reliability, .sharedMission, .influence, .resources, .involvement
    } ORDER BY p.nameKey
  }
} AS response
