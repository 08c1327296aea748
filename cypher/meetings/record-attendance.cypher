// Records (or replaces) the attendance of the given organisations at one meeting; the others'
// records stay. $confirmedBy: the account of a representative confirming its own organisation,
// null when a coordinator records it.
MATCH (m:Meeting {id: $meetingId})
UNWIND $records AS record
MATCH (o:Organisation {id: record.organisationId})
MERGE (o)-[a:ATTENDED]->(m)
SET a.status = record.status,
    a.recordedAt = datetime(),
    a.confirmedBy = $confirmedBy
