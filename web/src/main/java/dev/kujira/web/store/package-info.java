/**
 * Persistence for the web app: sessions as their options and inputs (the engine is
 * deterministic, so replaying them gives the same state), learners' progress per lesson, and
 * classes with their members' progress. SQLite by default (a file under {@code ~/.kujira/}),
 * PostgreSQL for several web nodes sharing one database; the schema is migrated by Flyway
 * (resources dev/kujira/web/store/migration). Open one with {@link dev.kujira.web.store.JdbcStore#open}.
 */
package dev.kujira.web.store;
