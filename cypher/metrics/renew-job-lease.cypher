// Renews the lease while the job runs and records its progress; answers nothing when another
// instance has taken the lease meanwhile (then this one stops).
MATCH (j:Job {name: $name})
WHERE j.holder = $holder
SET j.leaseUntil = datetime() + duration({seconds: $leaseSeconds}), j.done = $done, j.total = $total
RETURN j.name AS name
