// Existing organisations that an import's rows refer to, by id or by slug.
MATCH (o:Organisation)
WHERE o.id IN $ids OR o.slug IN $slugs
RETURN o {.*} AS organisation
