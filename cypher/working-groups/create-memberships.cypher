// Memberships of organisations in working groups, with Neo4j dates; leftOn stays unset while a member.
UNWIND $memberships AS row
MATCH (o:Organisation {id: row.organisationId})
MATCH (g:WorkingGroup {id: row.groupId})
CREATE (o)-[:MEMBER_OF {
  role: row.role,
  representative: row.representative,
  joinedOn: date(row.joinedOn),
  leftOn: date(row.leftOn)
}]->(g)
