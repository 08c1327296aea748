// What the figures are computed from has changed when any of these has: every change of the data is
// audited in its own transaction (create, update, delete, restore, import, attendance), and the
// counts catch what is written without an audit event (the demo city, a restore). Counts by label
// and relationship type come from Neo4j's count store.
CALL () {
  MATCH (e:AuditEvent) RETURN count(e) AS events, max(e.at) AS lastEventAt
}
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
RETURN events, toString(lastEventAt) AS lastEventAt, organisations, projects, meetings, partners, memberships, attendances
