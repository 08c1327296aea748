// Any admin at all, enabled or not: the first admin is only made for a council that has none.
MATCH (u:User {role: 'admin'})
RETURN count(u) AS count
