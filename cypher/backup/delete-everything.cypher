// Empties the database for a restore, bookkeeping, accounts and sessions included: the backup brings
// its own. In batches, so a large graph does not need one huge transaction; the schema (constraints,
// indexes) stays. Only run by a restore, after the file was checked and the emptiness rule applied.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
