// The kept periods of one series (a view, a granularity, a tie-model version), oldest first, with
// their network figures but not the per-organisation table.
MATCH (s:MetricSnapshot {series: $series})
RETURN s.period AS period, s.from AS from, s.to AS to, s.closed AS closed, s.computedAt AS computedAt,
       s.tieModelVersion AS tieModelVersion, s.inputHash AS inputHash, s.dataVersion AS dataVersion,
       coalesce(s.stale, false) AS stale, s.network AS network
ORDER BY s.from
