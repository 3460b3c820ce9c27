/**
 * Drills: endless exercises generated from templates with random names, ports, images, networks
 * and files (randomness only through a seeded {@link dev.kujira.lessons.drill.Gen}), each written
 * as a one-step lesson so the same goals check it, and scheduled by Leitner boxes kept in the
 * progress file.
 */
package dev.kujira.lessons.drill;
