// One organisation not in the trash, by id or slug, for its metrics over time.
MATCH (o:Organisation)
WHERE (o.id = $ref OR o.slug = $ref) AND o.deletedAt IS NULL
RETURN o.id AS id, o.slug AS slug, o.name AS name
LIMIT 1
