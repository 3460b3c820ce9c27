/** {@code docker builder …} (the buildx plugin's commands): BuildKit's cache. Sees only the engine API and format. */
package dev.kujira.engine.dockercli.builder;
