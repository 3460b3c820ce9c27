/**
 * Image layers: diff trees with whiteouts, stacking, and tar reading. Depends on fs and util.
 */
package dev.kujira.engine.layer;
