// Creates strategy goals. Days (baselineDate, deadline) are kept as YYYY-MM-DD text; the working group
// of the filter is kept by id (a goal about a group that is later deleted keeps its figures' history).
UNWIND $goals AS row
CREATE (g:Goal)
SET g = row.props,
    g.id = row.id,
    g.createdAt = coalesce(datetime(row.createdAt), datetime()),
    g.updatedAt = g.createdAt,
    g.version = 1
RETURN g.id AS id
