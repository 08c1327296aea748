// Removes every node but the bookkeeping ones, in batches so a large graph does not need one huge
// transaction. Only run behind an explicit flag (seed --replace) or in tests.
MATCH (n)
WHERE NOT n:Migration AND NOT n:Discipline
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
