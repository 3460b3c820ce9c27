/**
 * The browser front end: lessons beside a terminal (a later issue). Uses only dev.kujira.engine,
 * its api, and lessons.
 */
package dev.kujira.web;
