// Joint projects, not counting those in the trash.
MATCH (p:Project)
WHERE p.deletedAt IS NULL
RETURN count(p) AS count
