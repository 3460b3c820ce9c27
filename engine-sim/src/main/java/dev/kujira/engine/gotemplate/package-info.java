/**
 * Go's text/template with docker/cli's functions, and Go's JSON encoding. Depends only on {@code api}'s value types.
 */
package dev.kujira.engine.gotemplate;
