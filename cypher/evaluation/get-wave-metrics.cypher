// The network metrics kept with a closed wave (a JSON text) and when they were taken.
MATCH (s:Survey {id: $id})
RETURN s.metricsNetwork AS metricsNetwork, s.closedAt AS closedAt
