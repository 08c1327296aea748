// The organisations measured: every member not in the trash, with what the filters and the table need.
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL
RETURN o.id AS id, o.slug AS slug, o.name AS name, coalesce(o.disciplines, []) AS disciplines,
       o.mainDiscipline AS mainDiscipline, o.commune AS commune, o.kind AS kind
ORDER BY o.id
