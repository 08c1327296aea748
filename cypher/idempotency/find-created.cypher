// The record of one kind ($label) a keyed create made with id $id, if any: the fingerprint of the
// request that made it (null when it was made without a key) and whether it is in the trash.
CALL () {
  MATCH (n:Organisation {id: $id}) RETURN n
  UNION MATCH (n:Project {id: $id}) RETURN n
  UNION MATCH (n:WorkingGroup {id: $id}) RETURN n
  UNION MATCH (n:Meeting {id: $id}) RETURN n
  UNION MATCH (n:Insight {id: $id}) RETURN n
}
WITH n
WHERE $label IN labels(n)
RETURN n.createdWith AS createdWith, n.deletedAt IS NOT NULL AS deleted
