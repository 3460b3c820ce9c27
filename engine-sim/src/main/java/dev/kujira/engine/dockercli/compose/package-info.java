/** {@code docker compose} (and {@code docker-compose}): the compose plugin's command line. Uses only {@code api} and {@code compose}. */
package dev.kujira.engine.dockercli.compose;
