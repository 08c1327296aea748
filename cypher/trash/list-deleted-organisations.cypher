// Organisations in the trash, most recently deleted first. Who deleted it is told by the delete's
// audit event, which kept the person's e-mail and name as they were at the time.
MATCH (o:Organisation)
WHERE o.deletedAt IS NOT NULL
RETURN 'organisation' AS entityType, o.id AS id, o.name AS label, o.deletedAt AS deletedAt, o.deletedBy AS deletedById,
       COLLECT {
         MATCH (e:AuditEvent {entityId: o.id, action: 'delete'})
         RETURN e {.actorEmail, .actorName}
         ORDER BY e.at DESC
         LIMIT 1
       }[0] AS deletedBy
ORDER BY o.deletedAt DESC
