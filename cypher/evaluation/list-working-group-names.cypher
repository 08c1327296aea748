// Names of working groups by id, for the results' breakdown.
MATCH (g:WorkingGroup)
WHERE g.id IN $ids
RETURN g.id AS id, g.name AS name
