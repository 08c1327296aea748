// Keeps the figures of some periods, in one transaction. A closed period is written once: once
// `closed` is true nothing here changes it again (a recomputation under the same tie-model version
// leaves it as reported). An open period is replaced whenever it is recomputed.
UNWIND $snapshots AS snapshot
MERGE (s:MetricSnapshot {key: snapshot.key})
WITH s, snapshot
WHERE coalesce(s.closed, false) = false
SET s += snapshot, s.computedAt = datetime(snapshot.computedAt)
RETURN s.key AS key
