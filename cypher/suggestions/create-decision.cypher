// Keeps an accepted or dismissed suggestion: for whom (organisation or project), which candidate, the
// kinds of reason the suggestion was shown with (for the rates per reason kind), what came of it.
CREATE (d:PartnerSuggestionDecision)
SET d = $props,
    d.createdAt = datetime()
RETURN d {.*} AS decision
