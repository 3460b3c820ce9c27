package dev.kujira.engine.util;

/**
 * docker/cli's natural order (github.com/fvbommel/sortorder NaturalLess): runs of digits compare as
 * numbers, everything else character by character. The CLI sorts `docker port` lines and `docker volume
 * ls` rows this way (v8 before v13, recorded on Docker 26.1).
 */
public final class NaturalOrder {
  private NaturalOrder() {
  }

  /** Compares as sortorder.NaturalLess orders. */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
        if (c != 0) {
          return c;
        }
        continue;
      }
      if (ca != cb) {
        return Character.compare(ca, cb);
      }
      i++;
      j++;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
