// Every node of the backup with its labels and properties, as stored. Sessions, metric snapshots, job
// leases, backup records and the data version are left out (see TRANSIENT_LABELS in server/domain/backup-format.ts).
// No ORDER BY: the graph is streamed as it is read, never held or sorted in memory.
MATCH (n)
WHERE NOT (n:Session OR n:MetricSnapshot OR n:Job OR n:BackupRecord OR n:DataVersion)
RETURN labels(n) AS labels, properties(n) AS properties
