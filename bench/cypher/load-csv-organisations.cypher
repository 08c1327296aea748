// Neo4j's own LOAD CSV of the organisations file the API imports: one node per row with every
// column, list columns split, linked to its disciplines; 5 000 rows per transaction.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (o:BenchOrganisation)
  SET o = row,
      o.disciplines = split(row.disciplines, ';'),
      o.languages = split(row.languages, ';'),
      o.audiences = split(row.audiences, ';'),
      o.offers = split(row.offers, ';'),
      o.needs = split(row.needs, ';'),
      o.public = row.public = 'true'
  WITH o, row
  UNWIND split(row.disciplines, ';') AS code
  MATCH (d:Discipline {id: code})
  CREATE (o)-[:BENCH_IN]->(d)
} IN TRANSACTIONS OF 5000 ROWS
