-- kujira's store, version 1: portable SQL that SQLite and PostgreSQL both run as written.
-- Times are epoch milliseconds; a session is its options (header) and its inputs (one row each).
CREATE TABLE sessions (
  id VARCHAR(64) PRIMARY KEY,
  learner VARCHAR(64) NOT NULL,
  lesson VARCHAR(200) NOT NULL,
  header TEXT NOT NULL,
  steps INTEGER NOT NULL,
  created BIGINT NOT NULL,
  used BIGINT NOT NULL
);
CREATE INDEX sessions_used ON sessions (used);
CREATE INDEX sessions_learner ON sessions (learner);

CREATE TABLE session_steps (
  session_id VARCHAR(64) NOT NULL,
  seq INTEGER NOT NULL,
  step TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);

CREATE TABLE progress (
  learner VARCHAR(64) NOT NULL,
  lesson VARCHAR(200) NOT NULL,
  tasks_done TEXT NOT NULL,
  hints TEXT NOT NULL,
  attempts TEXT NOT NULL,
  completion_code TEXT NOT NULL,
  updated BIGINT NOT NULL,
  PRIMARY KEY (learner, lesson)
);
CREATE INDEX progress_updated ON progress (learner, updated);

CREATE TABLE classes (
  code VARCHAR(32) PRIMARY KEY,
  name TEXT NOT NULL,
  owner VARCHAR(64) NOT NULL,
  created BIGINT NOT NULL
);

CREATE TABLE class_members (
  class_code VARCHAR(32) NOT NULL,
  learner VARCHAR(64) NOT NULL,
  display_name TEXT NOT NULL,
  joined BIGINT NOT NULL,
  PRIMARY KEY (class_code, learner)
);
