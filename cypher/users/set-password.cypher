// A new password (chosen by the user, or a one-time one from an admin); a fresh start for lock-out.
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash,
    u.mustChangePassword = $mustChangePassword,
    u.failedSignIns = 0,
    u.lockedUntil = null,
    u.updatedAt = datetime()
RETURN u.id AS id
