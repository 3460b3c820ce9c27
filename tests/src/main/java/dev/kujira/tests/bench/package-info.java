/**
 * JMH benchmarks and load runs of the engine (speed and memory are measured here, never asserted by tests).
 */
package dev.kujira.tests.bench;
