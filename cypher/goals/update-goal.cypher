// Replaces the writable properties of one goal (a filter left out is removed: null removes a property).
MATCH (g:Goal {id: $id})
SET g += $props,
    g.updatedAt = datetime(),
    g.version = g.version + 1
RETURN g.id AS id
