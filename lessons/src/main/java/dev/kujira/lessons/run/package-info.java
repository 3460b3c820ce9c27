/**
 * Running lessons: a learner's session (goals after every line, hints, detectors, reset), the
 * lesson tester (solutions, near misses, mutants), progress and completion codes. Uses only
 * dev.kujira.engine and dev.kujira.engine.api.
 */
package dev.kujira.lessons.run;
