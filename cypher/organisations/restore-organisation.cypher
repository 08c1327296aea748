// Takes an organisation out of the trash with its slug back; its ties were never removed.
MATCH (o:Organisation {id: $id})
WHERE o.deletedAt IS NOT NULL
SET o.slug = o.deletedSlug
REMOVE o.deletedSlug, o.deletedAt, o.deletedBy
RETURN o {.*} AS organisation
