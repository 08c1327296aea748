// $id is the SHA-256 of the cookie token; the token itself is never stored.
MATCH (u:User {id: $userId})
CREATE (s:Session {
  id: $id,
  createdAt: datetime($createdAt),
  lastSeenAt: datetime($lastSeenAt),
  expiresAt: datetime($expiresAt)
})-[:OF]->(u)
RETURN s.id AS id
