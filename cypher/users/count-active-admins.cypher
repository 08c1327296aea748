// Enabled admins other than $exceptId: the last one may not be disabled or demoted.
MATCH (u:User {role: 'admin'})
WHERE u.disabled = false AND ($exceptId IS NULL OR u.id <> $exceptId)
RETURN count(u) AS count
