// The memberships of every working group one organisation ($id) has been in, as dated rows for the
// collaboration model, for its partner list (the model ties it to the members whose memberships
// overlap its own). The same rules as list-group-membership-spans.cypher.
MATCH (:Organisation {id: $id})-[:MEMBER_OF]->(g:WorkingGroup)
WHERE g.deletedAt IS NULL
WITH DISTINCT g
MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
WHERE o.deletedAt IS NULL
  AND r.joinedOn <= date($today)
RETURN g.id AS id, r.joinedOn AS from,
       CASE WHEN r.leftOn IS NULL OR r.leftOn > date($today) THEN date($today) ELSE r.leftOn END AS to,
       [o.id] AS organisations
