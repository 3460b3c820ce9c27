/**
 * docker inspect, version, info, system df and system prune. Uses only {@code api}.
 */
package dev.kujira.engine.dockercli.system;
