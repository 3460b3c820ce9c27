/**
 * pflag-compatible flag parsing with pflag's error texts. Depends only on the dockercli spec types.
 */
package dev.kujira.engine.dockercli.flags;
