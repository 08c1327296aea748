// The projects named by id that exist and are not in the trash (an event's project must).
MATCH (p:Project)
WHERE p.id IN $ids AND p.deletedAt IS NULL
RETURN p.id AS id
