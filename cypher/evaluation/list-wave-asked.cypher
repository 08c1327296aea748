// The organisations waves asked (not in the trash), with what the results group them by: the main
// discipline and the working groups (not in the trash) they were members of on the close day.
MATCH (s:Survey)-[:ASKS]->(o:Organisation)
WHERE s.id IN $ids
  AND o.deletedAt IS NULL
RETURN s.id AS waveId, o.id AS id, o.name AS name, o.slug AS slug, o.mainDiscipline AS mainDiscipline,
       COLLECT {
         MATCH (o)-[m:MEMBER_OF]->(g:WorkingGroup)
         WHERE g.deletedAt IS NULL
           AND m.joinedOn <= s.closesOn
           AND (m.leftOn IS NULL OR m.leftOn >= s.closesOn)
         RETURN DISTINCT g.id
       } AS groups
