-- kujira's store, version 4: an instructor key per class (only its salted SHA-256 is kept; a class
-- made before has none and stays with the browser session that made it), and the browser sessions
-- an instructor opened the class in with that key.
ALTER TABLE classes ADD COLUMN key_hash TEXT NOT NULL DEFAULT '';

CREATE TABLE class_instructors (
  class_code VARCHAR(32) NOT NULL,
  learner VARCHAR(64) NOT NULL,
  opened BIGINT NOT NULL,
  PRIMARY KEY (class_code, learner)
);
