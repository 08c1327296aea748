// Working groups named by id or slug (the project import names them by slug), not those in the trash.
MATCH (g:WorkingGroup)
WHERE (g.id IN $refs OR g.slug IN $refs)
  AND g.deletedAt IS NULL
RETURN g {.id, .slug, .name} AS workingGroup
