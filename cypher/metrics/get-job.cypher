// The state of a background job as every instance sees it; a lease that ran out means its holder stopped.
MATCH (j:Job {name: $name})
RETURN coalesce(j.running, false) AND j.leaseUntil IS NOT NULL AND j.leaseUntil >= datetime() AS running,
       coalesce(j.done, 0) AS done, coalesce(j.total, 0) AS total, j.startedAt AS startedAt,
       j.finishedAt AS finishedAt, j.holder AS holder, j.lastError AS lastError
