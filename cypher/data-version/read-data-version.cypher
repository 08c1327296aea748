// What the council's data is at: the audit log's length (every user-facing write adds its events in
// its own transaction), its latest event, and the stamp the bulk writers without events leave
// (restore, the demo and generated loads). The count comes from the count store, the latest event
// from the index on `at`: constant time at any size.
CALL {
  MATCH (e:AuditEvent)
  RETURN count(e) AS events
}
CALL {
  MATCH (e:AuditEvent)
  WHERE e.at IS NOT NULL
  RETURN e.id AS latest
  ORDER BY e.at DESC
  LIMIT 1
}
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN events, latest, v.stamp AS stamp
