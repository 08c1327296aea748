// Creates events. Dates come as Brussels wall-clock text (YYYY-MM-DDTHH:mm) and are stored as
// datetimes in the zone $timeZone (Neo4j applies summer and winter time): every occurrence's start
// and end as two parallel lists, and the whole span (first start, last end) for the calendar's
// date filters. The organising member gets ORGANISES {main: true}, co-organisers {main: false}.
UNWIND $events AS row
CREATE (e:Event)
SET e = row.props,
    e.id = row.id,
    e.status = row.status,
    e.occurrenceStarts = [t IN row.starts | datetime({datetime: localdatetime(t), timezone: $timeZone})],
    e.occurrenceEnds = [t IN row.ends | datetime({datetime: localdatetime(t), timezone: $timeZone})],
    e.createdAt = coalesce(datetime(row.createdAt), datetime()),
    e.updatedAt = coalesce(datetime(row.createdAt), datetime()),
    e.version = 1
SET e.startsAt = e.occurrenceStarts[0],
    e.endsAt = e.occurrenceEnds[size(e.occurrenceEnds) - 1]
WITH e, row
CALL (e, row) {
  MATCH (o:Organisation {id: row.organisationId})
  CREATE (o)-[:ORGANISES {main: true}]->(e)
}
CALL (e, row) {
  UNWIND row.coOrganiserIds AS coId
  MATCH (o:Organisation {id: coId})
  CREATE (o)-[:ORGANISES {main: false}]->(e)
}
CALL (e, row) {
  MATCH (p:Project {id: row.projectId})
  CREATE (e)-[:OF_PROJECT]->(p)
}
RETURN count(e) AS created
