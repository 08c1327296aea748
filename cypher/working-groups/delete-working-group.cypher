// Soft delete: the group goes to the trash with its memberships, meetings and projects' links
// intact, so a restore brings it back whole; meanwhile its meetings are hidden with it. Its slug
// moves to deletedSlug, outside the uniqueness constraint, so a new group may take it meanwhile.
MATCH (g:WorkingGroup {id: $id})
WHERE g.deletedAt IS NULL
SET g.deletedAt = datetime(),
    g.deletedBy = $actorId,
    g.deletedSlug = g.slug
REMOVE g.slug
