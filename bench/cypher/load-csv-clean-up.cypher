// Removes what the reference load made, so the measured app sees only its own data.
MATCH (n)
WHERE n:BenchOrganisation OR n:BenchProject
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
