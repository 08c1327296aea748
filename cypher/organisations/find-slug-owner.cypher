// The organisation that holds a slug, if any. Only organisations outside the trash have a `slug`
// (a deleted one keeps it in deletedSlug), so this finds no deleted one.
MATCH (o:Organisation {slug: $slug})
RETURN o {.id, .slug, .name} AS organisation
