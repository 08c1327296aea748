// Working groups, their meetings and the insights of knowledge exchange: stable ids (also the lookup
// indexes), group slugs for readable URLs, and what the lists filter and sort on.
CREATE CONSTRAINT working_group_id IF NOT EXISTS FOR (g:WorkingGroup) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT working_group_slug IF NOT EXISTS FOR (g:WorkingGroup) REQUIRE g.slug IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT insight_id IF NOT EXISTS FOR (i:Insight) REQUIRE i.id IS UNIQUE;
// The meeting lists and calendar feeds select by time and kind; the trash lists deleted items.
CREATE INDEX meeting_starts_at IF NOT EXISTS FOR (m:Meeting) ON (m.startsAt);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (m:Meeting) ON (m.kind);
CREATE INDEX working_group_deleted_at IF NOT EXISTS FOR (g:WorkingGroup) ON (g.deletedAt);
CREATE INDEX working_group_deleted_slug IF NOT EXISTS FOR (g:WorkingGroup) ON (g.deletedSlug);
CREATE INDEX meeting_deleted_at IF NOT EXISTS FOR (m:Meeting) ON (m.deletedAt);
CREATE INDEX insight_deleted_at IF NOT EXISTS FOR (i:Insight) ON (i.deletedAt);
CREATE INDEX insight_created_at IF NOT EXISTS FOR (i:Insight) ON (i.createdAt);
