// Projects stuck in a status: idea, planned or running with no change of status for more than
// $days days. A project's status dates from the last audit event that gave it its current status
// (created or imported with it, or moved to it: the event's `after` has the status, its `before`
// had another), else from its creation. The events store the API shape as compact JSON.
MATCH (p:Project)
WHERE p.deletedAt IS NULL AND p.status IN ['idea', 'planned', 'running']
WITH p, '"status":"' + p.status + '"' AS marker
WITH p, coalesce(
  COLLECT {
    MATCH (e:AuditEvent {entityType: 'project', entityId: p.id})
    WHERE e.after CONTAINS marker AND NOT coalesce(e.before, '') CONTAINS marker
    RETURN e.at ORDER BY e.at DESC LIMIT 1
  }[0],
  p.createdAt
) AS since
WHERE since < datetime() - duration({days: $days})
WITH p, since
ORDER BY since
WITH collect({id: p.id, title: p.title, status: p.status, since: toString(date(since))}) AS found
RETURN found[0..$limit] AS items, size(found) AS total
