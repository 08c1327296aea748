MATCH (o:Organisation {id: $id})
DETACH DELETE o
