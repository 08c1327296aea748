// Changes memberships, each found by its organisation, group and the day it began (one
// organisation has at most one membership of a group starting on a given day).
UNWIND $memberships AS row
MATCH (o:Organisation {id: row.organisationId})-[r:MEMBER_OF]->(g:WorkingGroup {id: row.groupId})
WHERE r.joinedOn = date(row.currentJoinedOn)
SET r.role = row.role,
    r.representative = row.representative,
    r.joinedOn = date(row.joinedOn),
    r.leftOn = date(row.leftOn)
