/**
 * The server-rendered pages (home, lesson, sandbox, drills, instructor with its classes) and their words in Japanese and
 * English.
 */
package dev.kujira.web.pages;
