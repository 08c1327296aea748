// Attendance records in bulk (the demo data): one row per meeting and organisation.
UNWIND $records AS record
MATCH (m:Meeting {id: record.meetingId})
MATCH (o:Organisation {id: record.organisationId})
MERGE (o)-[a:ATTENDED]->(m)
SET a.status = record.status,
    a.recordedAt = coalesce(datetime(record.recordedAt), datetime()),
    a.confirmedBy = record.confirmedBy
