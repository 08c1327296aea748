// The representative's own organisation: name, slug and which profile fields are filled in
// (the completeness is counted by profileCompleteness in server/domain/home.ts). Not found in the trash.
MATCH (o:Organisation {id: $organisationId})
WHERE o.deletedAt IS NULL
RETURN o {
  .id, .slug, .name,
  mission: coalesce(o.missionNl, o.missionFr, o.missionEn, o.missionDe),
  goals: coalesce(o.goalsNl, o.goalsFr, o.goalsEn, o.goalsDe),
  .website, .email, .phone, .address, .lat, .lon, .languages, .audiences, .size, .founded, .offers, .needs
} AS organisation
