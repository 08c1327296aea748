// One event with its organisers and project. An event in the trash, or whose organising member is
// in the trash, is not found; $publicOnly also hides drafts. Times go out as Brussels wall-clock text.
MATCH (main:Organisation)-[:ORGANISES {main: true}]->(e:Event {id: $id})
WHERE e.deletedAt IS NULL AND main.deletedAt IS NULL
  AND (NOT $publicOnly OR e.status IN ['published', 'postponed', 'cancelled'])
RETURN e {
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
} AS event
