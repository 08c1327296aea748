// Neo4j's own LOAD CSV of the projects file the API imports: one node per row, its lead and
// partners found by slug; 5 000 rows per transaction.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (p:BenchProject)
  SET p = row,
      p.disciplines = split(row.disciplines, ';')
  WITH p, row
  MATCH (lead:BenchOrganisation {slug: row.lead})
  CREATE (lead)-[:BENCH_PARTNER {role: 'lead'}]->(p)
  WITH p, row
  UNWIND [s IN split(coalesce(row.partners, ''), ';') WHERE s <> ''] AS slug
  MATCH (o:BenchOrganisation {slug: slug})
  CREATE (o)-[:BENCH_PARTNER {role: 'partner'}]->(p)
} IN TRANSACTIONS OF 5000 ROWS
