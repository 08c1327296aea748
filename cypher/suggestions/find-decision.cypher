// A decision already taken on this subject and candidate (one per pair: a second is a conflict).
MATCH (d:PartnerSuggestionDecision {subjectId: $subjectId, candidateId: $candidateId})
RETURN d {.*} AS decision
LIMIT 1
