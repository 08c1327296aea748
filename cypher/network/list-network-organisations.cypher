// The nodes of the network map: every organisation, or those working in one discipline; not those
// in the trash.
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL
  AND ($discipline IS NULL OR $discipline IN o.disciplines)
RETURN o.id AS id, o.slug AS slug, o.name AS name, o.kind AS kind, o.commune AS commune,
       o.mainDiscipline AS mainDiscipline
ORDER BY o.nameKey
