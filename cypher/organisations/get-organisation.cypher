// By id or by slug: profile URLs use the slug, the API the id.
MATCH (o:Organisation)
WHERE o.id = $ref OR o.slug = $ref
RETURN o {.*} AS organisation
LIMIT 1
