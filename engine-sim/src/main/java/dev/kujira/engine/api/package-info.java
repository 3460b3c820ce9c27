/**
 * The engine's public API: records, enums and interfaces only. Depends on nothing of ours.
 *
 * <p>What lessons and the web read: {@link dev.kujira.engine.api.EngineState} (from
 * {@code Engine.state()}), one view per resource ({@link dev.kujira.engine.api.Containers},
 * {@link dev.kujira.engine.api.Images}, {@link dev.kujira.engine.api.Networks},
 * {@link dev.kujira.engine.api.Volumes}, {@link dev.kujira.engine.api.Builds},
 * {@link dev.kujira.engine.api.ComposeProjects}) of typed records; {@link dev.kujira.engine.api.Probes}
 * (from {@code Engine.probes()}) to look at files, names and HTTP without side effects; and
 * {@link dev.kujira.engine.api.EventSubscription} for the event stream.
 */
package dev.kujira.engine.api;
