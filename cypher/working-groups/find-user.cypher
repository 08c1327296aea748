// Whether an account exists, for a group's coordinatorUserId.
MATCH (u:User {id: $id})
RETURN u.id AS id
