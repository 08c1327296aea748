// Housekeeping at sign-in: this user's sessions that ended (absolute end passed, or idle too long).
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE s.expiresAt <= datetime($now) OR s.lastSeenAt <= datetime($idleSince)
DETACH DELETE s
