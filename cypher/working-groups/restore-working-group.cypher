// Takes a group out of the trash with its slug back; its memberships and meetings were never removed.
MATCH (g:WorkingGroup {id: $id})
WHERE g.deletedAt IS NOT NULL
SET g.slug = g.deletedSlug
REMOVE g.deletedSlug, g.deletedAt, g.deletedBy
