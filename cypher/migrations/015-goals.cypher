// Strategy goals: stable ids, and the trash lists the deleted ones.
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (g:Goal) REQUIRE g.id IS UNIQUE;
CREATE INDEX goal_deleted_at IF NOT EXISTS FOR (g:Goal) ON (g.deletedAt);
