// Kept metric snapshots: one per view (the whole network or a filtered one), granularity, period and
// tie-model version (`key`), read by series (view, granularity, version). Background jobs hold a
// lease on one node per job name.
CREATE CONSTRAINT metric_snapshot_key IF NOT EXISTS FOR (s:MetricSnapshot) REQUIRE s.key IS UNIQUE;
CREATE INDEX metric_snapshot_series IF NOT EXISTS FOR (s:MetricSnapshot) ON (s.series);
CREATE CONSTRAINT job_name IF NOT EXISTS FOR (j:Job) REQUIRE j.name IS UNIQUE;
