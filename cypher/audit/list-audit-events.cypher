// Audit events, newest first, filtered. Paged two ways: $skip for the audit page, and the cursor
// ($cursorAt, $cursorId: the last event of the previous batch) for the CSV export, which reads the
// whole log in batches without the cost of skipping ever more rows.
// $actor is an account id or an e-mail (stored lower-cased); $fromAt and $toAt are inclusive.
MATCH (e:AuditEvent)
WHERE ($actor IS NULL OR e.actorId = $actor OR e.actorEmail = $actor)
  AND ($entityType IS NULL OR e.entityType = $entityType)
  AND ($entityId IS NULL OR e.entityId = $entityId)
  AND ($action IS NULL OR e.action = $action)
  AND ($fromAt IS NULL OR e.at >= datetime($fromAt))
  AND ($toAt IS NULL OR e.at <= datetime($toAt))
  AND ($cursorAt IS NULL OR e.at < datetime($cursorAt) OR (e.at = datetime($cursorAt) AND e.id < $cursorId))
RETURN e {.*} AS event, toString(e.at) AS cursorAt
ORDER BY e.at DESC, e.id DESC
SKIP $skip
LIMIT $limit
