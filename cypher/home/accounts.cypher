// The accounts at a glance: how many of each role, how many disabled, how many locked now after
// wrong passwords.
MATCH (u:User)
RETURN count(u) AS total,
       collect(u.role) AS roles,
       count(CASE WHEN u.disabled THEN 1 END) AS disabled,
       count(CASE WHEN u.lockedUntil IS NOT NULL AND u.lockedUntil > datetime() THEN 1 END) AS locked
