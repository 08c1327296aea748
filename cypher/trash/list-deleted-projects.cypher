// Projects in the trash, most recently deleted first; who deleted it as in list-deleted-organisations.
MATCH (p:Project)
WHERE p.deletedAt IS NOT NULL
RETURN 'project' AS entityType, p.id AS id, p.title AS label, p.deletedAt AS deletedAt, p.deletedBy AS deletedById,
       COLLECT {
         MATCH (e:AuditEvent {entityId: p.id, action: 'delete'})
         RETURN e {.actorEmail, .actorName}
         ORDER BY e.at DESC
         LIMIT 1
       }[0] AS deletedBy
ORDER BY p.deletedAt DESC
