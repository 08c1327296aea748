// Saves an organisation's answer in a wave (made on its first save) and replaces the partners it
// rates; `submit` sets submittedAt once.
MATCH (o:Organisation {id: $organisationId}), (s:Survey {id: $id})
MERGE (o)-[:ANSWERED]->(r:Response)-[:IN_SURVEY]->(s)
  ON CREATE SET r.id = $responseId, r.createdAt = datetime(), r.version = 0
SET r += $props,
    r.status = CASE WHEN $submit THEN 'submitted' ELSE 'draft' END,
    r.submittedAt = CASE WHEN $submit THEN coalesce(datetime($submittedAt), datetime()) ELSE null END,
    r.updatedAt = coalesce(datetime($submittedAt), datetime()),
    r.version = r.version + 1
WITH r
CALL (r) {
  MATCH (r)-[x:RATES]->()
  DELETE x
}
CALL (r) {
  UNWIND $partners AS rating
  MATCH (p:Organisation {id: rating.organisationId})
  CREATE (r)-[x:RATES]->(p)
  SET x = rating.scores
}
RETURN r.version AS version
