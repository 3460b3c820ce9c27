/**
 * Compose: the compose file and the project operations of {@code docker compose}. {@link
 * dev.kujira.engine.compose.Loader} reads a file (and its overrides) in compose-go's order: YAML
 * ({@code YamlReader}, with go-yaml's error texts), interpolation ({@code Interpolation}, from the
 * shell and {@code .env}), typed casts, the schema ({@code Schema}), then the model ({@link
 * dev.kujira.engine.compose.Service} records via {@code ServiceReader}) with its references
 * checked. {@link dev.kujira.engine.compose.ComposeProject} names the project's resources; {@link
 * dev.kujira.engine.compose.Converge} (up, create), {@link dev.kujira.engine.compose.Lifecycle}
 * (start, stop, down…) and {@link dev.kujira.engine.compose.OneOff} (run) act on the engine.
 * A client of the engine API ({@code engine.api}) only, as the real compose is of the daemon;
 * never depends on the daemon or the docker command line.
 */
package dev.kujira.engine.compose;
