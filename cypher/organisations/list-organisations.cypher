// One page of organisations and the total, filtered and sorted.
// $publicOnly: the anonymous public sees only organisations that chose to be in the public directory.
// $sortKey is one of a fixed set (checked by the API schema); a CASE picks the property, since
// ORDER BY cannot take a parameter as a property name.
// Organisations in the trash are in no list, search or export.
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL
  AND ($q IS NULL OR o.searchText CONTAINS $q)
  AND ($discipline IS NULL OR $discipline IN o.disciplines)
  AND ($commune IS NULL OR o.commune = $commune)
  AND ($kind IS NULL OR o.kind = $kind)
  AND (NOT $publicOnly OR o.public = true)
WITH o, CASE $sortKey
    WHEN 'commune' THEN o.commune
    WHEN 'founded' THEN o.founded
    WHEN 'updated' THEN o.updatedAt
    ELSE o.nameKey
  END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END ASC,
         CASE WHEN $descending THEN key END DESC,
         o.nameKey ASC
WITH collect(o) AS matches
RETURN size(matches) AS total,
       [o IN matches[$skip..($skip + $limit)] | o {.*}] AS items
