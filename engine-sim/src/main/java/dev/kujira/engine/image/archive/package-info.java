/**
 * Reading {@code docker save} archives. Depends on layer and util.
 */
package dev.kujira.engine.image.archive;
