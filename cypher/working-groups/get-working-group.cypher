// One working group by id or slug, with every membership (current and past), its next meeting and
// counts of the projects born in it and the insights shared at its meetings. A group in the trash
// is not found; organisations, meetings, projects and insights in the trash are left out.
MATCH (g:WorkingGroup)
WHERE (g.id = $ref OR g.slug = $ref)
  AND g.deletedAt IS NULL
WITH g
LIMIT 1
RETURN g {
  .*,
  memberships: COLLECT {
    MATCH (o:Organisation)-[r:MEMBER_OF]->(g)
    WHERE o.deletedAt IS NULL
    RETURN {
      organisation: o {.id, .slug, .name, .mainDiscipline},
      role: r.role, representative: r.representative, joinedOn: r.joinedOn, leftOn: r.leftOn
    }
  },
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
  }[0],
  projectCount: COUNT { MATCH (p:Project)-[:BORN_IN]->(g) WHERE p.deletedAt IS NULL },
  insightCount: COUNT {
    MATCH (o:Organisation)-[:SHARED]->(i:Insight)-[:AT]->(m:Meeting)-[:OF_GROUP]->(g)
    WHERE i.deletedAt IS NULL AND o.deletedAt IS NULL AND m.deletedAt IS NULL
  }
} AS workingGroup
