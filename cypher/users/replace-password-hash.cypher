// The same password hashed with the current parameters; not a change anyone made, so no new version.
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash
RETURN u.id AS id
