// Notes that a full backup was taken (the API's download finished): when and how big. Left out of
// backups themselves (TRANSIENT_LABELS): it says what happened to this database, not to the council.
CREATE (b:BackupRecord {id: $id})
SET b.at = datetime(),
    b.nodes = $nodes,
    b.relationships = $relationships
