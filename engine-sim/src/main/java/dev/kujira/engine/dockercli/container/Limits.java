package dev.kujira.engine.dockercli.container;

import dev.kujira.engine.dockercli.Invocation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the resource flags of {@code run}, {@code create} and {@code update} into HostConfig's
 * fields: sizes as go-units' RAMInBytes (binary: 64m is 64 MiB), {@code --cpus} as NanoCpus.
 */
final class Limits {
  private Limits() {
  }

  /** Returns the limits the invocation sets, by their API names. */
  static Map<String, Long> of(Invocation in) {
    Map<String, Long> out = new LinkedHashMap<>();
    bytes(in, "memory", "Memory", out);
    bytes(in, "memory-swap", "MemorySwap", out);
    bytes(in, "memory-reservation", "MemoryReservation", out);
    number(in, "cpu-shares", "CpuShares", out);
    number(in, "pids-limit", "PidsLimit", out);
    number(in, "cpu-period", "CpuPeriod", out);
    number(in, "cpu-quota", "CpuQuota", out);
    if (in.spec().hasFlag("cpus") && in.changed("cpus")) {
      out.put("NanoCpus", new BigDecimal(in.string("cpus")).movePointRight(9).longValue());
    }
    return out;
  }

  private static void bytes(Invocation in, String flag, String field, Map<String, Long> out) {
    if (in.spec().hasFlag(flag) && in.changed(flag)) {
      out.put(field, ramInBytes(in.string(flag)));
    }
  }

  private static void number(Invocation in, String flag, String field, Map<String, Long> out) {
    if (in.spec().hasFlag(flag) && in.changed(flag)) {
      out.put(field, Long.parseLong(in.string(flag)));
    }
  }

  /** go-units RAMInBytes: a number, an optional unit k/m/g/t/p (powers of 1024), optional "i" and "b". */
  static long ramInBytes(String s) {
    if (s.equals("-1")) {
      return -1;
    }
    String t = s.trim().toLowerCase(Locale.ROOT).replace(" ", "").replaceAll("i?b?$", "");
    int shift = 0;
    if (!t.isEmpty() && "kmgtp".indexOf(t.charAt(t.length() - 1)) >= 0) {
      shift = 10 * ("kmgtp".indexOf(t.charAt(t.length() - 1)) + 1);
      t = t.substring(0, t.length() - 1);
    }
    return new BigDecimal(t).multiply(BigDecimal.valueOf(2).pow(shift)).longValue();
  }
}
