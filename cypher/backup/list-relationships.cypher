// Every relationship of the backup, its ends named by their labels and `id` property. Those of
// sessions are left out with the sessions.
MATCH (a)-[r]->(b)
WHERE NOT a:Session AND NOT b:Session
RETURN type(r) AS type, labels(a) AS startLabels, a.id AS start, labels(b) AS endLabels, b.id AS end,
       properties(r) AS properties
