// The per-organisation table of one kept period.
MATCH (s:MetricSnapshot {key: $key})
RETURN s.period AS period, s.from AS from, s.to AS to, s.closed AS closed, s.organisations AS organisations
