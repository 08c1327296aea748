// Organisations that an import's rows refer to, by id or by slug, with those in the trash flagged:
// the import refuses a row that would silently bring one back or make a twin of it.
MATCH (o:Organisation)
WHERE o.id IN $ids OR o.slug IN $slugs OR o.deletedSlug IN $slugs
RETURN o {.*, slug: coalesce(o.slug, o.deletedSlug)} AS organisation, o.deletedAt IS NOT NULL AS deleted
