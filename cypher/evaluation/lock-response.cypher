// Takes the write lock of an organisation's answer in a wave, if it has one, and reads its state.
MATCH (:Organisation {id: $organisationId})-[:ANSWERED]->(r:Response)-[:IN_SURVEY]->(:Survey {id: $id})
SET r._lock = true
REMOVE r._lock
RETURN r.version AS version, r.status AS status
