// The events of one change, written in the change's own transaction: a change that is refused or
// rolled back leaves no event. datetime() is the transaction clock, so one import's events share `at`.
// Null values (no before, the anonymous public's missing account) are simply not stored.
UNWIND $events AS event
CREATE (e:AuditEvent)
SET e = event,
    e.at = datetime()
