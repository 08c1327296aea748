// One page of events and the total, soonest first. $statuses lists the statuses wanted (the public
// asks for published, postponed and cancelled only). $organisation is an organiser's id or slug
// (the organising member or a co-organiser); $from/$to are Brussels days, both included, and an
// event is in them when its span (a run's whole run) overlaps them. Events in the trash, or whose
// organising member is in the trash, are left out.
MATCH (main:Organisation)-[:ORGANISES {main: true}]->(e:Event)
WHERE e.deletedAt IS NULL AND main.deletedAt IS NULL
  AND e.status IN $statuses
  AND ($discipline IS NULL OR $discipline IN e.disciplines)
  AND ($commune IS NULL OR e.commune = $commune)
  AND ($audience IS NULL OR $audience IN e.audiences)
  AND ($free IS NULL OR e.free = $free)
  AND ($project IS NULL OR EXISTS { MATCH (e)-[:OF_PROJECT]->(:Project {id: $project}) })
  AND ($organisation IS NULL OR EXISTS {
    MATCH (o:Organisation)-[:ORGANISES]->(e)
    WHERE o.deletedAt IS NULL AND (o.id = $organisation OR o.slug = $organisation)
  })
  AND ($from IS NULL OR e.endsAt >= datetime({date: date($from), timezone: $timeZone}))
  AND ($to IS NULL OR e.startsAt < datetime({date: date($to) + duration('P1D'), timezone: $timeZone}))
WITH e
ORDER BY e.startsAt ASC, e.id ASC
WITH collect(e) AS matches
WITH size(matches) AS total, matches[$skip..($skip + $limit)] AS page
// The page only is projected, in the order collected.
CALL (page) {
  UNWIND page AS e
  MATCH (main:Organisation)-[:ORGANISES {main: true}]->(e)
  RETURN collect(e {
    .*,
    startsAt: left(toString(localdatetime(e.startsAt)), 16),
    endsAt: left(toString(localdatetime(e.endsAt)), 16),
    occurrenceStarts: [t IN e.occurrenceStarts | left(toString(localdatetime(t)), 16)],
    occurrenceEnds: [t IN e.occurrenceEnds | left(toString(localdatetime(t)), 16)],
    organisation: main {.id, .slug, .name, .website, .mainDiscipline},
    coOrganisers: COLLECT {
      MATCH (o:Organisation)-[:ORGANISES {main: false}]->(e)
      WHERE o.deletedAt IS NULL
      RETURN o {.id, .slug, .name, .website, .mainDiscipline}
      ORDER BY o.name
    },
    project: COLLECT { MATCH (e)-[:OF_PROJECT]->(p:Project) WHERE p.deletedAt IS NULL RETURN p {.id, .title} }[0]
  }) AS items
}
RETURN total, items
