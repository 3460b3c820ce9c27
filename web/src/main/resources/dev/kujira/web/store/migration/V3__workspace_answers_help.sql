-- kujira's store, version 3: what a lesson or drill workspace keeps besides its command lines, so
-- it survives a restart: the learner's answers to its "predict the output" questions (the first
-- answer counts), and whether the learner needed help there (the solution shown, or a mistake the
-- detectors explained), which keeps a drill from counting as solved alone.
CREATE TABLE workspace_answers (
  session_id VARCHAR(64) NOT NULL,
  context VARCHAR(300) NOT NULL,
  question VARCHAR(200) NOT NULL,
  given TEXT NOT NULL,
  answered BIGINT NOT NULL,
  PRIMARY KEY (session_id, context, question)
);

CREATE TABLE workspace_help (
  session_id VARCHAR(64) NOT NULL,
  context VARCHAR(300) NOT NULL,
  marked BIGINT NOT NULL,
  PRIMARY KEY (session_id, context)
);
