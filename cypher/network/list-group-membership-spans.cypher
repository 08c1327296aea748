// Memberships of working groups as dated rows for the collaboration model, one per membership: the
// model ties two members of a group only while both were in (server/analytics/collaboration-network.ts).
// An open membership (or one whose leaving day is still to come) runs to $today; one that has not
// started yet shares nothing. A membership that does not touch [$from, $to] cannot give an overlap
// that does, so it is left out here. Nothing in the trash counts: not the organisation, not the group.
MATCH (o:Organisation)-[r:MEMBER_OF]->(g:WorkingGroup)
WHERE o.deletedAt IS NULL
  AND g.deletedAt IS NULL
  AND ($discipline IS NULL OR $discipline IN o.disciplines)
  AND r.joinedOn <= date($today)
  AND ($from IS NULL OR r.leftOn IS NULL OR r.leftOn >= date($from))
  AND ($to IS NULL OR r.joinedOn <= date($to))
RETURN g.id AS id, r.joinedOn AS from,
       CASE WHEN r.leftOn IS NULL OR r.leftOn > date($today) THEN date($today) ELSE r.leftOn END AS to,
       [o.id] AS organisations
