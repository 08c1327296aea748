// How many periods one series keeps (the background job starts after start-up when none).
MATCH (s:MetricSnapshot {series: $series})
RETURN count(s) AS count
