package dev.kujira.engine.api;

/** Is the engine's operations as the docker command line and other clients call them (Docker Engine API names). */
public interface EngineApi {
}
