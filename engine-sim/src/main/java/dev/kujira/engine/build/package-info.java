/**
 * Dockerfiles and the two builders that run them: parsing into sealed {@link
 * dev.kujira.engine.build.Instruction} records (BuildKit's frontend rules), BuildKit's runs
 * (single and multi-stage, its cache and progress events) and the legacy builder's. The builders
 * reach the daemon only through {@link dev.kujira.engine.build.BuildBackend} (moby's
 * builder.Backend), which the daemon implements; nothing here depends on the daemon.
 */
package dev.kujira.engine.build;
