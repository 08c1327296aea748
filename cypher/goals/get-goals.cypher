// Goals by id, or every goal not in the trash when $ids is null, oldest deadline first, each with the
// working group of its filter (null when it has none or the group is in the trash).
MATCH (g:Goal)
WHERE g.deletedAt IS NULL
  AND ($ids IS NULL OR g.id IN $ids)
RETURN g {
  .id, .title, .note, .kpi, .discipline, .workingGroupId, .baselineDate, .baselineValue, .target, .deadline,
  .createdAt, .updatedAt, .version,
  workingGroup: COLLECT {
    MATCH (w:WorkingGroup {id: g.workingGroupId})
    WHERE w.deletedAt IS NULL
    RETURN w {.id, .slug, .name}
  }[0]
} AS goal
ORDER BY g.deadline ASC, g.title ASC
