// One page of accounts and the total, by name. The password hash never leaves this statement.
MATCH (u:User)
WHERE ($q IS NULL OR u.nameKey CONTAINS $q OR u.email CONTAINS $q)
  AND ($role IS NULL OR u.role = $role)
  AND ($disabled IS NULL OR u.disabled = $disabled)
WITH u
ORDER BY u.nameKey ASC, u.email ASC
WITH collect(u) AS matches
RETURN size(matches) AS total,
       [u IN matches[$skip..($skip + $limit)] | u {
         .id, .email, .name, .role, .mustChangePassword, .disabled, .createdAt, .updatedAt, .version,
         organisation: head([(u)-[:REPRESENTS]->(o:Organisation) | o {.id, .name}])
       }] AS items
