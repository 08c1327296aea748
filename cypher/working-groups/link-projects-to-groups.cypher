// Marks projects as born in working groups (the demo data and the project import use it in bulk).
UNWIND $links AS link
MATCH (p:Project {id: link.projectId})
MATCH (g:WorkingGroup {id: link.groupId})
MERGE (p)-[:BORN_IN]->(g)
