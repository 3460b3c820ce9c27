-- kujira's store, version 5: a class's instructor key held (sealed for the browser session that made
-- the class, never in the clear) from the create form's POST to the page it redirects to, which
-- takes it: a reload neither resubmits the form nor shows the key again, and any node may answer.
CREATE TABLE held_instructor_keys (
  class_code VARCHAR(32) NOT NULL,
  owner VARCHAR(64) NOT NULL,
  sealed TEXT NOT NULL,
  held BIGINT NOT NULL,
  PRIMARY KEY (class_code, owner)
);
