/**
 * The only home of time and randomness: the virtual clock and the seeded id generator. Depends on nothing of ours.
 */
package dev.kujira.engine.util;
