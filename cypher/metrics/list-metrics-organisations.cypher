// The organisations measured: every member not in the trash, with what the filters and the table need,
// and the day it was entered (a member counts in a period from then, or from its first activity if earlier).
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL
RETURN o.id AS id, o.slug AS slug, o.name AS name, coalesce(o.disciplines, []) AS disciplines,
       o.mainDiscipline AS mainDiscipline, o.commune AS commune, o.kind AS kind,
       CASE WHEN o.createdAt IS NULL THEN null ELSE toString(date(o.createdAt)) END AS createdOn
ORDER BY o.id
