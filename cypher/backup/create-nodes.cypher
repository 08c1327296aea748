// Restores one batch of nodes of one label, properties already in their Neo4j types.
// {{label}} is not text from the file: the backup repository fills it with a name from BACKUP_LABELS
// (server/domain/backup-format.ts) after checking it against that list, because labels cannot be
// parameters in Cypher 5.
UNWIND $nodes AS properties
CREATE (n:{{label}})
SET n = properties
RETURN count(n) AS created
