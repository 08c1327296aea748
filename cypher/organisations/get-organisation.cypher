// By id or by slug: profile URLs use the slug, the API the id. One in the trash is not found.
MATCH (o:Organisation)
WHERE (o.id = $ref OR o.slug = $ref)
  AND o.deletedAt IS NULL
RETURN o {.*} AS organisation
LIMIT 1
