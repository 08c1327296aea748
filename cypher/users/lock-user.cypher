// Write lock before reading the version: see organisations/lock-organisation.cypher.
MATCH (u:User {id: $id})
SET u._lock = true
REMOVE u._lock
RETURN u.version AS version, u.role AS role, u.disabled AS disabled
