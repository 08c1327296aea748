// Accepted and dismissed partner suggestions: found by id, and by the subject (organisation or
// project) they were made for when the finder leaves out what that subject dismissed.
CREATE CONSTRAINT partner_suggestion_decision_id IF NOT EXISTS FOR (d:PartnerSuggestionDecision) REQUIRE d.id IS UNIQUE;
CREATE INDEX partner_suggestion_decision_subject IF NOT EXISTS FOR (d:PartnerSuggestionDecision) ON (d.subjectId);
