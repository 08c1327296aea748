// What sign-in needs to decide: the account with its password hash and lock-out state.
MATCH (u:User {email: $email})
RETURN u {
  .id, .email, .name, .role, .mustChangePassword, .disabled, .createdAt, .updatedAt, .version,
  .passwordHash, .failedSignIns, .lockedUntil,
  organisation: head([(u)-[:REPRESENTS]->(o:Organisation) | o {.id, .name}])
} AS user
