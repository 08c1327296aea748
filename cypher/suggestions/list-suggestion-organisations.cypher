// The profile of every organisation the partner finder scores: what it does (disciplines, main one
// first), where (commune), in which languages, for whom, what it offers and needs. Not those in the
// trash: a deleted organisation is never suggested, and never asks.
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL
RETURN o.id AS id, o.slug AS slug, o.name AS name,
       coalesce(o.disciplines, []) AS disciplines, o.commune AS commune,
       coalesce(o.languages, []) AS languages, coalesce(o.audiences, []) AS audiences,
       coalesce(o.offers, []) AS offers, coalesce(o.needs, []) AS needs
ORDER BY o.nameKey
