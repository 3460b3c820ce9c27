package dev.kujira.engine.process.services;

import dev.kujira.engine.process.Proc;
import java.util.Locale;

/**
 * PostgreSQL's crash recovery as the server logs it when PGDATA was left "in production": after
 * {@code docker kill} (SIGKILL) or an immediate shutdown (SIGQUIT) the next start replays the
 * write-ahead log from the last checkpoint instead of saying "database system was shut down at".
 * The lines are PostgreSQL 15.18's, run on this machine (kill -9 of the postmaster and its
 * children, then a start on the same data directory):
 * <pre>
 * LOG:  database system was interrupted; last known up at 2026-12-06 08:41:58 UTC
 * LOG:  database system was not properly shut down; automatic recovery in progress
 * LOG:  redo starts at 0/1501130
 * LOG:  invalid record length at 0/1517150: wanted 24, got 0
 * LOG:  redo done at 0/1516FB8 system usage: CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.00 s
 * LOG:  checkpoint starting: end-of-recovery immediate wait
 * LOG:  checkpoint complete: wrote 26 buffers (0.2%); 0 WAL file(s) added, ...
 * </pre>
 * With nothing written since the last checkpoint "redo is not required" replaces the redo lines
 * (also 15.18's). PostgreSQL 16 words the end of the log "expected at least 24, got 0"
 * (xlogreader.c since 16) and 17 adds "lsn=…, redo lsn=…" to "checkpoint complete". The log
 * positions are kujira's counters (each writing statement advances them), not real WAL offsets.
 */
final class PgRecovery {
  /** Where a fresh cluster's log ends (15.18's first checkpoint here: 0/1501130). */
  static final long INITIAL_LSN = 0x1501130L;
  /** Bytes of WAL one writing statement adds (a heap insert with its commit, roughly). */
  private static final long RECORD = 0x1F8L;

  private PgRecovery() {
  }

  /** "0/1501130": pg_lsn's text form. */
  static String lsn(long at) {
    return Long.toHexString(at >>> 32).toUpperCase(Locale.ROOT) + "/"
        + Long.toHexString(at & 0xFFFFFFFFL).toUpperCase(Locale.ROOT);
  }

  /** Advances the log for a statement that writes (DDL and DML); reads write nothing. */
  static void wrote(PgCluster c, String sql) {
    String first = sql.stripLeading().split("[\\s;(]", 2)[0].toUpperCase(Locale.ROOT);
    if (java.util.Set.of("INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE")
        .contains(first)) {
      c.lsn += RECORD;
    }
  }

  /** The startup process's lines between "listening" and "ready"; marks the cluster in production. */
  static void startLines(Proc p, PgCluster c, int startup) {
    int checkpointer = startup - 2;
    if (!c.inProduction) {
      PgServer.log(p, startup, "database system was shut down at " + PgServer.seconds(c.shutdownAt));
    } else {
      PgServer.log(p, startup, "database system was interrupted; last known up at " + PgServer.seconds(c.upAt));
      PgServer.log(p, startup, "database system was not properly shut down; automatic recovery in progress");
      boolean redo = c.lsn > c.redoLsn;
      if (redo) {
        PgServer.log(p, startup, "redo starts at " + lsn(c.redoLsn));
      }
      PgServer.log(p, startup, "invalid record length at " + lsn(c.lsn) + ": " + (PgServer.major(p) >= 16
          ? "expected at least" : "wanted") + " 24, got 0");
      PgServer.log(p, startup, redo ? "redo done at " + lsn(c.lsn - RECORD / 3)
          + " system usage: CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.00 s" : "redo is not required");
      PgServer.log(p, checkpointer, "checkpoint starting: end-of-recovery immediate wait");
      checkpointComplete(p, c, checkpointer, redo ? 26 : 3, redo ? 21 : 2);
    }
    c.inProduction = true;
    c.upAt = p.now();
  }

  /** The checkpointer's "checkpoint complete" line; the checkpoint moves the redo point to the log's end. */
  static void checkpointComplete(Proc p, PgCluster c, int checkpointer, int buffers, int files) {
    long kb = (c.lsn - c.redoLsn) / 1024;
    c.redoLsn = c.lsn;
    PgServer.log(p, checkpointer, "checkpoint complete: wrote " + buffers + " buffers (" + String.format(Locale.ROOT,
        "%.1f", buffers * 100.0 / 16384) + "%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.002 s,"
        + " sync=0.001 s, total=0.005 s; sync files=" + files + ", longest=0.001 s, average=0.001 s; distance=" + kb
        + " kB, estimate=" + kb + " kB" + (PgServer.major(p) >= 17 ? "; lsn=" + lsn(c.lsn) + ", redo lsn="
        + lsn(c.redoLsn) : ""));
  }

  /** A clean shutdown's checkpoint: the cluster is no longer in production. */
  static void shutDown(Proc p, PgCluster c) {
    c.inProduction = false;
    c.shutdownAt = p.now();
  }
}
