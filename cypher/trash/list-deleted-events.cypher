// Events in the trash, most recently deleted first; who deleted it as in list-deleted-organisations.
MATCH (e:Event)
WHERE e.deletedAt IS NOT NULL
RETURN 'event' AS entityType, e.id AS id, coalesce(e['title' + toUpper(left(e.mainLanguage, 1)) + substring(e.mainLanguage, 1)], '') AS label,
       e.deletedAt AS deletedAt, e.deletedBy AS deletedById,
       COLLECT {
         MATCH (a:AuditEvent {entityId: e.id, action: 'delete'})
         RETURN a {.actorEmail, .actorName}
         ORDER BY a.at DESC
         LIMIT 1
       }[0] AS deletedBy
ORDER BY e.deletedAt DESC
