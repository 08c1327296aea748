// Goals in the trash, most recently deleted first; who deleted it as in list-deleted-organisations.
MATCH (g:Goal)
WHERE g.deletedAt IS NOT NULL
RETURN 'goal' AS entityType, g.id AS id, g.title AS label, g.deletedAt AS deletedAt, g.deletedBy AS deletedById,
       COLLECT {
         MATCH (e:AuditEvent {entityId: g.id, action: 'delete'})
         RETURN e {.actorEmail, .actorName}
         ORDER BY e.at DESC
         LIMIT 1
       }[0] AS deletedBy
ORDER BY g.deletedAt DESC
