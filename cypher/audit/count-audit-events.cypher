// How many events the audit page's filter matches: the same conditions as list-audit-events.
MATCH (e:AuditEvent)
WHERE ($actor IS NULL OR e.actorId = $actor OR e.actorEmail = $actor)
  AND ($entityType IS NULL OR e.entityType = $entityType)
  AND ($entityId IS NULL OR e.entityId = $entityId)
  AND ($action IS NULL OR e.action = $action)
  AND ($fromAt IS NULL OR e.at >= datetime($fromAt))
  AND ($toAt IS NULL OR e.at <= datetime($toAt))
RETURN count(e) AS total
