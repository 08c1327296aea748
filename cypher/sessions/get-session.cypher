// The one query per signed-in request: the session, its user and the organisation it represents.
MATCH (s:Session {id: $id})-[:OF]->(u:User)
RETURN s {.id, .createdAt, .lastSeenAt, .expiresAt} AS session,
       u {
         .id, .email, .name, .role, .mustChangePassword, .disabled, .createdAt, .updatedAt, .version,
         organisation: head([(u)-[:REPRESENTS]->(o:Organisation) | o {.id, .name}])
       } AS user
