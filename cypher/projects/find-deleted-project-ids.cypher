// Which of the given ids belong to projects in the trash: an import row naming one is refused
// (restore it first), rather than bringing it back or making a twin.
MATCH (p:Project)
WHERE p.id IN $ids
  AND p.deletedAt IS NOT NULL
RETURN collect(p.id) AS ids
