// Evaluation waves (Survey) and the answers of member organisations (Response), found by id; waves
// are listed by close day.
CREATE CONSTRAINT survey_id IF NOT EXISTS FOR (s:Survey) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT response_id IF NOT EXISTS FOR (r:Response) REQUIRE r.id IS UNIQUE;
CREATE INDEX survey_closes_on IF NOT EXISTS FOR (s:Survey) ON (s.closesOn);
