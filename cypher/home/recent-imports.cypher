// The latest CSV imports, from the audit log: the events of one import share its request id.
// One row per import: when, who, what it wrote and how many items; newest first.
MATCH (e:AuditEvent {action: 'import'})
WITH e.requestId AS requestId, e.entityType AS entityType,
     max(e.at) AS at, count(*) AS items,
     head(collect(e.actorName)) AS actorName, head(collect(e.actorEmail)) AS actorEmail
RETURN requestId, entityType, toString(at) AS at, items, actorName, actorEmail
ORDER BY at DESC
LIMIT $limit
