// Ties the network metrics of the wave's period to it, once, when it has closed.
MATCH (s:Survey {id: $id})
WHERE s.closedAt IS NULL
SET s.closedAt = datetime(),
    s.metricsNetwork = $metricsNetwork
RETURN s.id AS id
