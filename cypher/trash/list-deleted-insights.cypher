// Insights in the trash, most recently deleted first; who deleted it as in list-deleted-organisations.
MATCH (i:Insight)
WHERE i.deletedAt IS NOT NULL
RETURN 'insight' AS entityType, i.id AS id, i.title AS label, i.deletedAt AS deletedAt, i.deletedBy AS deletedById,
       COLLECT {
         MATCH (e:AuditEvent {entityId: i.id, action: 'delete'})
         RETURN e {.actorEmail, .actorName}
         ORDER BY e.at DESC
         LIMIT 1
       }[0] AS deletedBy
ORDER BY i.deletedAt DESC
