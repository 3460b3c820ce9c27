/**
 * The server-rendered pages (home, lesson, sandbox, instructor) and their words in Japanese and
 * English.
 */
package dev.kujira.web.pages;
