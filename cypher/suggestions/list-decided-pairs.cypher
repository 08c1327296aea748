// Every suggestion someone already decided on, accepted or dismissed: the organisation or project it
// was made for and the candidate. The finder never makes it again for that subject (a dismissed pair
// was not wanted; an accepted one is being acted on).
MATCH (d:PartnerSuggestionDecision)
RETURN DISTINCT d.subjectId AS subjectId, d.candidateId AS candidateId
