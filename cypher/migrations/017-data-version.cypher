// The one DataVersion node (the stamp of the last bulk write without audit events) is found by its id.
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
