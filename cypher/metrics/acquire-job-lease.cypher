// Takes the lease of a background job when nobody holds it (or the holder's lease ran out), so one
// app instance at a time runs it. The SET before the test takes the node's write lock first: two
// instances asking at once are served one after the other, and the second sees the first's lease.
MERGE (j:Job {name: $name})
SET j.lockedAt = datetime()
WITH j
WHERE j.holder IS NULL OR j.leaseUntil IS NULL OR j.leaseUntil < datetime() OR j.holder = $holder
SET j.holder = $holder, j.leaseUntil = datetime() + duration({seconds: $leaseSeconds}), j.running = true,
    j.done = 0, j.total = $total, j.startedAt = datetime(), j.finishedAt = null, j.lastError = null
RETURN j.name AS name
