// The representative's own organisation: name, slug and which profile fields are filled in
// (the completeness is counted in server/domain/profile-completeness.ts). Not found in the trash.
MATCH (o:Organisation {id: $organisationId})
WHERE o.deletedAt IS NULL
RETURN o {
  .id, .slug, .name,
  mission: coalesce(o.mission_nl, o.mission_fr, o.mission_en, o.mission_de),
  goals: coalesce(o.goals_nl, o.goals_fr, o.goals_en, o.goals_de),
  .website, .email, .phone, .address, .lat, .lon, .languages, .audiences, .size, .founded, .offers, .needs
} AS organisation
