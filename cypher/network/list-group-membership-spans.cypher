// Memberships of working groups, for the ties between organisations that were members of the same
// group at the same time (the pairs and overlaps are worked out in server/analytics/shared-membership-ties.ts).
// A membership that does not touch [$from, $to] cannot give an overlap that does, so it is left
// out here. Nothing in the trash counts: not the organisation, not the group.
MATCH (o:Organisation)-[r:MEMBER_OF]->(g:WorkingGroup)
WHERE o.deletedAt IS NULL
  AND g.deletedAt IS NULL
  AND ($discipline IS NULL OR $discipline IN o.disciplines)
  AND ($from IS NULL OR r.leftOn IS NULL OR r.leftOn >= date($from))
  AND ($to IS NULL OR r.joinedOn <= date($to))
RETURN g.id AS groupId, o.id AS organisationId, r.joinedOn AS joinedOn, r.leftOn AS leftOn
