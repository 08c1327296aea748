// The list filters and sorts on these; the network map filters projects by status and dates.
CREATE INDEX organisation_name_key IF NOT EXISTS FOR (o:Organisation) ON (o.nameKey);
CREATE INDEX organisation_commune IF NOT EXISTS FOR (o:Organisation) ON (o.commune);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (o:Organisation) ON (o.kind);
CREATE INDEX project_status IF NOT EXISTS FOR (p:Project) ON (p.status);
CREATE INDEX project_start IF NOT EXISTS FOR (p:Project) ON (p.startDate);
