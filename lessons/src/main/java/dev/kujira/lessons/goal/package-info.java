/**
 * Goals: typed predicates over the engine's state (never over command strings), composed with
 * all/any/not. Depends only on the state facts and dev.kujira.engine.api.
 */
package dev.kujira.lessons.goal;
