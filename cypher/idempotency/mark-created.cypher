// Keeps, on the record a keyed create has just made, the fingerprint of that request, so a retry
// of the same request is recognised and another request with the same key is not.
CALL () {
  MATCH (n:Organisation {id: $id}) RETURN n
  UNION MATCH (n:Project {id: $id}) RETURN n
  UNION MATCH (n:WorkingGroup {id: $id}) RETURN n
  UNION MATCH (n:Meeting {id: $id}) RETURN n
  UNION MATCH (n:Insight {id: $id}) RETURN n
}
WITH n
WHERE $label IN labels(n)
SET n.createdWith = $createdWith
