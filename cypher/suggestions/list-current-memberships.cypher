// Who is in which working group today (joined by $today, not left before it), with the group's name
// for the reasons ("both in the Theatre group"). Nothing in the trash: not the group, not the member.
MATCH (o:Organisation)-[r:MEMBER_OF]->(g:WorkingGroup)
WHERE o.deletedAt IS NULL
  AND g.deletedAt IS NULL
  AND r.joinedOn <= date($today)
  AND (r.leftOn IS NULL OR r.leftOn >= date($today))
RETURN DISTINCT o.id AS organisationId, g.id AS groupId, g.name AS groupName
