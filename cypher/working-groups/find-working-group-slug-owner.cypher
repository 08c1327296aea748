// The group (not in the trash) that holds a slug, if any.
MATCH (g:WorkingGroup {slug: $slug})
RETURN g {.id, .slug, .name} AS workingGroup
