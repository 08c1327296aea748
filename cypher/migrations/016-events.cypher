// Public events of members (issue 13) and the promotion records of each: stable ids, and what the
// public calendar, its feeds and the trash select on (status, start, end, deletion).
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT promotion_id IF NOT EXISTS FOR (p:Promotion) REQUIRE p.id IS UNIQUE;
CREATE INDEX event_starts_at IF NOT EXISTS FOR (e:Event) ON (e.startsAt);
CREATE INDEX event_ends_at IF NOT EXISTS FOR (e:Event) ON (e.endsAt);
CREATE INDEX event_status IF NOT EXISTS FOR (e:Event) ON (e.status);
CREATE INDEX event_deleted_at IF NOT EXISTS FOR (e:Event) ON (e.deletedAt);
