// The job is over (done, or failed with its error): the lease is given back.
MATCH (j:Job {name: $name})
WHERE j.holder = $holder
SET j.running = false, j.leaseUntil = null, j.finishedAt = datetime(), j.done = $done, j.total = $total,
    j.lastError = $lastError
RETURN j.name AS name
