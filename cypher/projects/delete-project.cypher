MATCH (p:Project {id: $id})
DETACH DELETE p
