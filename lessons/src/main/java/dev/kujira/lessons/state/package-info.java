/**
 * The engine's state as goals and detectors read it: immutable facts built from the engine API's
 * documents. Depends only on dev.kujira.engine.api; never on engine internals.
 */
package dev.kujira.lessons.state;
