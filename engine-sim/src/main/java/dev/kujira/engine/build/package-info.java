/**
 * Dockerfiles: parsing into instructions (BuildKit's frontend rules, the common subset) and the
 * words of their arguments. The builder that runs them lives with the daemon. Depends on nothing
 * above util.
 */
package dev.kujira.engine.build;
