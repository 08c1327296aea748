// Accounts and their sign-in sessions. The e-mail is stored lower-cased, so uniqueness is case-blind.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
CREATE INDEX user_role IF NOT EXISTS FOR (u:User) ON (u.role);
// A session is looked up by the SHA-256 of its cookie token on every signed-in request.
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE;
CREATE INDEX session_expires IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
