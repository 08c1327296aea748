// Name, slug and main discipline of the organisations with these ids ($ids), not those in the
// trash, in name order (the order partner lists keep for equally strong ties).
MATCH (o:Organisation)
WHERE o.id IN $ids
  AND o.deletedAt IS NULL
RETURN o.id AS id, o.slug AS slug, o.name AS name, o.mainDiscipline AS mainDiscipline
ORDER BY o.nameKey
