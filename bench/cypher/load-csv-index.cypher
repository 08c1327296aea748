// The reference load's own label, looked up by slug when projects name their partners.
CREATE INDEX bench_organisation_slug IF NOT EXISTS FOR (o:BenchOrganisation) ON (o.slug)
