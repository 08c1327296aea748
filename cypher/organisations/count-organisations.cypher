// Organisations in the inventory; those in the trash do not count.
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL
RETURN count(o) AS count
