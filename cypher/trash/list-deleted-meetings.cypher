// Meetings in the trash, most recently deleted first; who deleted it as in list-deleted-organisations.
MATCH (m:Meeting)
WHERE m.deletedAt IS NOT NULL
RETURN 'meeting' AS entityType, m.id AS id, m.title AS label, m.deletedAt AS deletedAt, m.deletedBy AS deletedById,
       COLLECT {
         MATCH (e:AuditEvent {entityId: m.id, action: 'delete'})
         RETURN e {.actorEmail, .actorName}
         ORDER BY e.at DESC
         LIMIT 1
       }[0] AS deletedBy
ORDER BY m.deletedAt DESC
