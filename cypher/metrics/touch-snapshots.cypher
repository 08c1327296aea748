// Records that kept periods were checked against the data: the open one still holds (`dataVersion`),
// and whether a closed one no longer matches what it was computed from (kept as reported, marked).
UNWIND $items AS item
MATCH (s:MetricSnapshot {key: item.key})
SET s.dataVersion = coalesce(item.dataVersion, s.dataVersion),
    s.stale = CASE WHEN s.closed THEN item.stale ELSE false END,
    s.staleSince = CASE WHEN s.closed AND item.stale THEN coalesce(s.staleSince, datetime()) ELSE null END
