// The audit log is read newest first, by entity (history tabs) and by person (the admin audit page).
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX audit_event_entity_id IF NOT EXISTS FOR (e:AuditEvent) ON (e.entityId);
CREATE INDEX audit_event_actor_id IF NOT EXISTS FOR (e:AuditEvent) ON (e.actorId);
// The trash lists deleted items; a deleted organisation keeps its slug in deletedSlug (outside the
// uniqueness constraint, so the slug is free for a new organisation) and the import looks it up there.
CREATE INDEX organisation_deleted_at IF NOT EXISTS FOR (o:Organisation) ON (o.deletedAt);
CREATE INDEX organisation_deleted_slug IF NOT EXISTS FOR (o:Organisation) ON (o.deletedSlug);
CREATE INDEX project_deleted_at IF NOT EXISTS FOR (p:Project) ON (p.deletedAt);
