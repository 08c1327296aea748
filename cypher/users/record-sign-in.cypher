MATCH (u:User {id: $id})
SET u.failedSignIns = 0,
    u.lockedUntil = null,
    u.lastSignInAt = datetime($now)
RETURN u.id AS id
