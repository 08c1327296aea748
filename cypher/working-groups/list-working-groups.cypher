// Working groups by name, with how many organisations are members (membership not ended before
// $today) and the next meeting. $organisation (id or slug) keeps the groups it is a member of.
// Groups, organisations and meetings in the trash are left out.
MATCH (g:WorkingGroup)
WHERE g.deletedAt IS NULL
  AND ($discipline IS NULL OR g.focusDiscipline = $discipline)
  AND ($organisation IS NULL OR EXISTS {
    MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
    WHERE (o.id = $organisation OR o.slug = $organisation)
      AND o.deletedAt IS NULL
      AND (r.leftOn IS NULL OR r.leftOn >= date($today))
  })
RETURN g {
  .*,
  memberCount: size(COLLECT {
    MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
    WHERE o.deletedAt IS NULL AND (r.leftOn IS NULL OR r.leftOn >= date($today))
    RETURN DISTINCT o.id
  }),
  nextMeeting: COLLECT {
    MATCH (m:Meeting)-[:OF_GROUP]->(g)
    WHERE m.deletedAt IS NULL AND m.startsAt > datetime()
    RETURN m {
      .id, .kind, .title, .place, .onlineUrl,
      startsAt: left(toString(localdatetime(m.startsAt)), 16),
      endsAt: left(toString(localdatetime(m.endsAt)), 16)
    }
    ORDER BY m.startsAt
    LIMIT 1
  }[0]
} AS workingGroup
ORDER BY g.nameKey
