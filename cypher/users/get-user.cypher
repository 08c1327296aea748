MATCH (u:User {id: $id})
RETURN u {
  .id, .email, .name, .role, .mustChangePassword, .disabled, .createdAt, .updatedAt, .version,
  organisation: head([(u)-[:REPRESENTS]->(o:Organisation) | o {.id, .name}])
} AS user
