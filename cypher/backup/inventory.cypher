// What the graph holds, checked before a backup writes its first byte: the kinds of nodes (label
// sets, and whether they have a text id to be named by) and of relationships (type and the labels
// of both ends). Each must be known to the backup (server/domain/backup-format.ts).
CALL () {
  MATCH (n)
  WITH labels(n) AS labels, n.id IS :: STRING NOT NULL AS named, count(*) AS nodes
  RETURN collect({labels: labels, named: named, nodes: nodes}) AS nodeKinds
}
CALL () {
  MATCH (a)-[r]->(b)
  RETURN collect(DISTINCT {type: type(r), start: labels(a), end: labels(b)}) AS relationshipKinds
}
RETURN nodeKinds, relationshipKinds
