/** {@code docker login} and {@code docker logout}, and the client's config.json. Sees only the engine API. */
package dev.kujira.engine.dockercli.registry;
