/**
 * The engine's public API: records, enums and interfaces only. Depends on nothing of ours.
 */
package dev.kujira.engine.api;
