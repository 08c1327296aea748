// Each working group not in the trash with its number of members on $day and on $before (a member
// counts on a day between joinedOn and leftOn, both included): the overview's growing and shrinking groups.
MATCH (g:WorkingGroup)
WHERE g.deletedAt IS NULL
RETURN g.id AS id, g.slug AS slug, g.name AS name,
       COUNT {
         MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
         WHERE o.deletedAt IS NULL AND r.joinedOn <= date($day) AND (r.leftOn IS NULL OR r.leftOn >= date($day))
       } AS members,
       COUNT {
         MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
         WHERE o.deletedAt IS NULL AND r.joinedOn <= date($before) AND (r.leftOn IS NULL OR r.leftOn >= date($before))
       } AS membersBefore
ORDER BY g.name
