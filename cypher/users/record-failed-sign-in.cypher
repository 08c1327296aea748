// One more wrong password. At $maxFailures the account locks until $lockedUntil and the count starts
// again, so the owner gets a full set of attempts once the lock is over. `failures` is computed from
// the old value first: SET items must not read what the same SET writes.
MATCH (u:User {id: $id})
WITH u, coalesce(u.failedSignIns, 0) + 1 AS failures
SET u.failedSignIns = CASE WHEN failures >= $maxFailures THEN 0 ELSE failures END,
    u.lockedUntil = CASE WHEN failures >= $maxFailures THEN datetime($lockedUntil) ELSE u.lockedUntil END
RETURN u.failedSignIns AS failedSignIns, u.lockedUntil AS lockedUntil
