// Takes the wave's write lock before reading its version and days (see
// organisations/lock-organisation.cypher): an answer saved at the close races nothing.
MATCH (s:Survey {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN s.version AS version, s.title AS title, toString(s.opensOn) AS opensOn, toString(s.closesOn) AS closesOn
