/**
 * The JSON API the pages call (lesson status, hints, reset, undo, solution, the picture, share
 * links) and the {@link dev.kujira.web.api.PictureSource} seam for the state picture.
 */
package dev.kujira.web.api;
