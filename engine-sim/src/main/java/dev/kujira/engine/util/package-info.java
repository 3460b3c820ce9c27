/**
 * The only home of time and randomness (the virtual clock and the seeded id generator), and the
 * small shared pieces the engine's packages build on: budgets, caches, the stores' common part.
 * Depends on nothing of ours.
 */
package dev.kujira.engine.util;
