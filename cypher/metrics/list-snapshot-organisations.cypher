// Every kept period of one series with its per-organisation table (one organisation's figures over time).
MATCH (s:MetricSnapshot {series: $series})
RETURN s.period AS period, s.from AS from, s.to AS to, s.closed AS closed, s.network AS network,
       s.organisations AS organisations
ORDER BY s.from
