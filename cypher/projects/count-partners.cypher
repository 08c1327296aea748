// Which of the given organisation ids exist, to refuse a project with an unknown partner; one in
// the trash cannot become a partner.
MATCH (o:Organisation)
WHERE o.id IN $ids
  AND o.deletedAt IS NULL
RETURN collect(o.id) AS found
