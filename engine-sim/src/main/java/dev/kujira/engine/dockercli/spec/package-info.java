/**
 * Declarative specs of the docker commands, generated from help texts recorded on Docker 26.1.5. Data only.
 */
package dev.kujira.engine.dockercli.spec;
