// Moves a session's clock, e.g. to end it now; used by tests of idle and absolute expiry.
MATCH (s:Session {id: $id})
SET s.lastSeenAt = coalesce(datetime($lastSeenAt), s.lastSeenAt),
    s.expiresAt = coalesce(datetime($expiresAt), s.expiresAt)
RETURN s.id AS id
