// Whether the database holds council data: anything but bookkeeping (migrations, the discipline
// taxonomy) and accounts with their sessions (NOT_COUNCIL_DATA in server/domain/backup-format.ts).
// A restore into a database holding any refuses unless told to replace it.
MATCH (n)
WHERE NOT (n:Migration OR n:Discipline OR n:User OR n:Session)
WITH n
LIMIT 1
RETURN count(n) AS count
