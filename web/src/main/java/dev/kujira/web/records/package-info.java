/**
 * Where the web keeps sessions (as command lines), progress (with completion codes and time spent)
 * and the drills' Leitner boxes: small interfaces, implemented over
 * the SQLite/PostgreSQL store of package dev.kujira.web.store by {@link dev.kujira.web.records.StoreRecords}.
 */
package dev.kujira.web.records;
