// A bulk write that records no audit events (restore, a generated load) changed the data: a new stamp.
MERGE (v:DataVersion {id: 'graph'})
SET v.stamp = $stamp,
    v.at = datetime()
