// Restores one batch of relationships of one type between nodes found by label and id (indexed by
// their uniqueness constraints). {{type}}, {{start}} and {{end}} are filled from BACKUP_RELATIONSHIPS
// after checking, as in create-nodes.cypher. The count lets the caller see that no end was missing.
UNWIND $relationships AS rel
MATCH (a:{{start}} {id: rel.start})
MATCH (b:{{end}} {id: rel.end})
CREATE (a)-[r:{{type}}]->(b)
SET r = rel.properties
RETURN count(r) AS created
