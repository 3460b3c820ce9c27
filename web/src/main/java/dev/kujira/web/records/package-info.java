/**
 * Where the web keeps sessions (as command lines) and progress: small interfaces, implemented over
 * the SQLite/PostgreSQL store of package dev.kujira.web.store by {@link dev.kujira.web.records.StoreRecords}.
 */
package dev.kujira.web.records;
