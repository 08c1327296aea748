// Replaces the writable properties, the dates, the organisers and the project of one event; its
// status stays (it moves through set-event-status).
MATCH (e:Event {id: $id})
SET e += $props,
    e.occurrenceStarts = [t IN $starts | datetime({datetime: localdatetime(t), timezone: $timeZone})],
    e.occurrenceEnds = [t IN $ends | datetime({datetime: localdatetime(t), timezone: $timeZone})],
    e.updatedAt = datetime(),
    e.version = e.version + 1
SET e.startsAt = e.occurrenceStarts[0],
    e.endsAt = e.occurrenceEnds[size(e.occurrenceEnds) - 1]
WITH e
CALL (e) {
  MATCH (:Organisation)-[r:ORGANISES]->(e)
  DELETE r
}
CALL (e) {
  MATCH (e)-[r:OF_PROJECT]->(:Project)
  DELETE r
}
CALL (e) {
  MATCH (o:Organisation {id: $organisationId})
  CREATE (o)-[:ORGANISES {main: true}]->(e)
}
CALL (e) {
  UNWIND $coOrganiserIds AS coId
  MATCH (o:Organisation {id: coId})
  CREATE (o)-[:ORGANISES {main: false}]->(e)
}
CALL (e) {
  MATCH (p:Project {id: $projectId})
  CREATE (e)-[:OF_PROJECT]->(p)
}
RETURN e.id AS id
