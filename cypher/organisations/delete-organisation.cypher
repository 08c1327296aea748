// Soft delete: the organisation goes to the trash with its ties, partners and disciplines intact, so
// a restore brings it back whole. Its slug moves to deletedSlug, outside the uniqueness constraint
// (which ignores nodes without the property), so a new organisation may take the slug meanwhile.
MATCH (o:Organisation {id: $id})
WHERE o.deletedAt IS NULL
SET o.deletedAt = datetime(),
    o.deletedBy = $actorId,
    o.deletedSlug = o.slug
REMOVE o.slug
