// Waves whose close day is over and whose metrics snapshot has not been taken yet.
MATCH (s:Survey)
WHERE s.closesOn < date($today)
  AND s.closedAt IS NULL
RETURN s.id AS id, toString(s.periodFrom) AS periodFrom, toString(s.periodTo) AS periodTo, toString(s.closesOn) AS closesOn
ORDER BY s.closesOn
