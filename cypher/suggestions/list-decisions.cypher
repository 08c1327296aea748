// Every decision (accepted or dismissed) with the reason kinds it was shown with: the rates per
// reason kind are counted from these. Few rows: one per decision a person took.
MATCH (d:PartnerSuggestionDecision)
RETURN d.decision AS decision, coalesce(d.reasonKinds, []) AS reasonKinds
