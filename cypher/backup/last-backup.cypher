// The latest backup taken through the API, if any.
MATCH (b:BackupRecord)
RETURN toString(b.at) AS at, b.nodes AS nodes, b.relationships AS relationships
ORDER BY b.at DESC
LIMIT 1
