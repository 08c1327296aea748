// Organisations that joined the council (were created) in the last $days days and are in no
// working group today (no membership that has not ended). Newest first; nothing in the trash.
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL
  AND o.createdAt >= datetime() - duration({days: $days})
  AND NOT EXISTS {
    MATCH (o)-[r:MEMBER_OF]->(g:WorkingGroup)
    WHERE g.deletedAt IS NULL AND (r.leftOn IS NULL OR r.leftOn >= date())
  }
WITH o
ORDER BY o.createdAt DESC
WITH collect({id: o.id, slug: o.slug, name: o.name, createdAt: toString(o.createdAt)}) AS found
RETURN found[0..$limit] AS items, size(found) AS total
