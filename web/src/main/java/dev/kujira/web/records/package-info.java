/**
 * Where the web keeps sessions (as command lines) and progress: small interfaces with an
 * in-memory implementation; the SQLite/PostgreSQL store implements them when merged.
 */
package dev.kujira.web.records;
