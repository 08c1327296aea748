// Removes one membership record (a mistake); leaving the group is recorded with leftOn instead.
MATCH (o:Organisation {id: $organisationId})-[r:MEMBER_OF]->(g:WorkingGroup {id: $groupId})
WHERE r.joinedOn = date($joinedOn)
DELETE r
