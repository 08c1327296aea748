// How many of the given organisation ids exist, to refuse a project with an unknown partner.
MATCH (o:Organisation)
WHERE o.id IN $ids
RETURN collect(o.id) AS found
