// Organisations named by id or slug (memberships, attendance, imports), not those in the trash.
MATCH (o:Organisation)
WHERE (o.id IN $refs OR o.slug IN $refs)
  AND o.deletedAt IS NULL
RETURN o {.id, .slug, .name, .mainDiscipline} AS organisation
