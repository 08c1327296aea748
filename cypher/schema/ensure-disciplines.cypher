// The discipline taxonomy is fixed in code (server/domain/taxonomy.ts) and kept in the graph for traversals.
UNWIND $disciplines AS discipline
MERGE (d:Discipline {id: discipline.id})
SET d.nameNl = discipline.name.nl, d.nameFr = discipline.name.fr, d.nameEn = discipline.name.en, d.nameDe = discipline.name.de,
    d.colour = discipline.colour, d.rank = discipline.rank
