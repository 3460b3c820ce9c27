/**
 * The simulated Docker Hub's catalogue: the official images a learner pulls, built once per JVM
 * from facts of their public Dockerfiles ({@link dev.kujira.engine.image.registry.Catalog}). The
 * base images and servers are in {@code OfficialImages} and {@code DataImages}; node, python and
 * ruby in {@code ScriptImages}; golang, eclipse-temurin and openjdk in {@code LanguageImages}; php
 * in {@code PhpImages}; the tag sets and base histories they share in {@code Variants}. The
 * language images are those of 2024-12-04; docs/images.md lists every tag, its source and where
 * the catalogue approximates.
 */
package dev.kujira.engine.image.registry;
