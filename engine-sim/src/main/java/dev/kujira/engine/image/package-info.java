/**
 * Images: references, configs, the image store. Depends on layer, fs and util.
 */
package dev.kujira.engine.image;
