MATCH (u:User {id: $id})
RETURN u.passwordHash AS passwordHash, u.email AS email
