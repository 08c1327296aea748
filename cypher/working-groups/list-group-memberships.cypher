// The memberships of a group, or of one organisation in it ($organisationId), most recent first:
// the rules (one membership at a time) and the member CSV work on these. Organisations in the trash
// are left out: they are not in the list the person saw.
MATCH (o:Organisation)-[r:MEMBER_OF]->(g:WorkingGroup {id: $groupId})
WHERE o.deletedAt IS NULL
  AND ($organisationId IS NULL OR o.id = $organisationId)
RETURN o {.id, .slug, .name, .mainDiscipline} AS organisation,
       r.role AS role, r.representative AS representative, r.joinedOn AS joinedOn, r.leftOn AS leftOn
ORDER BY r.joinedOn DESC, o.nameKey ASC
