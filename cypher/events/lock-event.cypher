// Takes the event's write lock before reading its state and version (see
// organisations/lock-organisation.cypher). Not found when it, or its organising member, is in the
// trash; answers the organising member, so a representative's change can be held to its own.
MATCH (e:Event {id: $id})
SET e._lock = true
REMOVE e._lock
WITH e
MATCH (main:Organisation)-[:ORGANISES {main: true}]->(e)
WHERE e.deletedAt IS NULL AND main.deletedAt IS NULL
RETURN e.version AS version, e.status AS status, main.id AS organisationId
