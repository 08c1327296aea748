// What the figures are computed from has changed when any of these has: every change of the data is
// audited in its own transaction (create, update, delete, restore, import, attendance), and the
// counts catch what is written without an audit event (the demo city, a restore). Counts by label
// and relationship type come from Neo4j's count store, the latest event from the index on `at`.
CALL () {
  MATCH (e:AuditEvent) RETURN count(e) AS events
}
WITH events, COLLECT { MATCH (e:AuditEvent) WHERE e.at IS NOT NULL RETURN e.at ORDER BY e.at DESC LIMIT 1 } AS lastEvent
CALL () {
  MATCH (o:Organisation) RETURN count(o) AS organisations
}
CALL () {
  MATCH (p:Project) RETURN count(p) AS projects
}
CALL () {
  MATCH (m:Meeting) RETURN count(m) AS meetings
}
CALL () {
  MATCH ()-[r:PARTNER_IN]->() RETURN count(r) AS partners
}
CALL () {
  MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships
}
CALL () {
  MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attendances
}
RETURN events, toString(lastEvent[0]) AS lastEventAt, organisations, projects, meetings, partners, memberships, attendances
