// Anything but the bookkeeping nodes counts as data: the demo is only loaded into an empty graph.
MATCH (n)
WHERE NOT n:Migration AND NOT n:Discipline
RETURN count(n) AS count
