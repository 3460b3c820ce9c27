-- kujira's store, version 2: the time spent per lesson, and the drills' Leitner boxes per learner
-- (the schedule's round and the drill in progress, one row per learner; one row per template's box).
ALTER TABLE progress ADD COLUMN seconds BIGINT NOT NULL DEFAULT 0;

CREATE TABLE drill_schedules (
  learner VARCHAR(64) PRIMARY KEY,
  drill_round INTEGER NOT NULL,
  current_drill VARCHAR(200) NOT NULL,
  updated BIGINT NOT NULL
);

CREATE TABLE drill_boxes (
  learner VARCHAR(64) NOT NULL,
  template VARCHAR(100) NOT NULL,
  box INTEGER NOT NULL,
  due INTEGER NOT NULL,
  seen INTEGER NOT NULL,
  answered_right INTEGER NOT NULL,
  PRIMARY KEY (learner, template)
);
