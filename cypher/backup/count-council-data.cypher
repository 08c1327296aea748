// Whether the database holds council data: anything but bookkeeping (migrations, the discipline
// taxonomy, metric snapshots and job leases) and accounts with their sessions and the audit events of account changes
// (NOT_COUNCIL_DATA in server/domain/backup-format.ts): a fresh install whose first admin signed in
// is still empty. A restore into a database holding any refuses unless told to replace it.
MATCH (n)
WHERE NOT (n:Migration OR n:Discipline OR n:User OR n:Session OR n:MetricSnapshot OR n:Job OR n:BackupRecord OR n:DataVersion OR (n:AuditEvent AND n.entityType = 'user'))
WITH n
LIMIT 1
RETURN count(n) AS count
