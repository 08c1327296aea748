// Every node kind has a stable UUID `id`; these constraints also serve as the lookup indexes.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT organisation_slug IF NOT EXISTS FOR (o:Organisation) REQUIRE o.slug IS UNIQUE;
CREATE CONSTRAINT discipline_id IF NOT EXISTS FOR (d:Discipline) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
