package dev.kujira.engine.process.busybox;

import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.Program;
import dev.kujira.engine.process.Proc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * busybox's checksum and encoding applets: md5sum, sha1sum, sha256sum, sha512sum ("HASH  NAME",
 * "-" for stdin), base64 (76-column lines, -d), gzip/gunzip/zcat (-c, -d, -k, -f; FILE becomes
 * FILE.gz and back) and od (-c and the default octal words).
 */
final class DigestApplets {
  private DigestApplets() {
  }

  static Map<String, Program> all() {
    Map<String, Program> m = new TreeMap<>();
    for (String[] d : new String[][] {{"md5sum", "MD5"}, {"sha1sum", "SHA-1"}, {"sha256sum", "SHA-256"},
        {"sha512sum", "SHA-512"}}) {
      m.put(d[0], opening(d[0], (a, p, argv) -> sum(a, p, argv, d[1])));
    }
    m.put("base64", opening("base64", DigestApplets::base64));
    m.put("gzip", opening("gzip", (a, p, argv) -> gzip(a, p, argv, false)));
    m.put("gunzip", opening("gunzip", (a, p, argv) -> gzip(a, p, argv, true)));
    m.put("zcat", opening("zcat", (a, p, argv) -> {
      List<String> args = new java.util.ArrayList<>(argv);
      args.add(1, "-c");
      return gzip(a, p, args, true);
    }));
    m.put("od", opening("od", DigestApplets::od));
    return m;
  }

  /** Is an applet body that can use the applet's input helpers. */
  @FunctionalInterface
  private interface Body {
    int run(Applet self, Proc p, List<String> argv);
  }

  private static Applet opening(String name, Body body) {
    return new Applet() {
      @Override
      String name() {
        return name;
      }

      @Override
      boolean quotesOpenErrors() {
        return true;
      }

      @Override
      public int run(Proc p, List<String> argv) {
        return body.run(this, p, argv);
      }
    };
  }

  private static int sum(Applet a, Proc p, List<String> argv, String algorithm) {
    Applet.Opts o = Applet.parse(argv, "");
    int status = 0;
    for (String f : o.operands.isEmpty() ? List.of("-") : o.operands) {
      byte[] data = a.input(p, f);
      if (data == null) {
        status = 1;
        continue;
      }
      try {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        p.stdout().println(hex + "  " + f);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return status;
  }

  private static int base64(Applet a, Proc p, List<String> argv) {
    Applet.Opts o = Applet.parse(argv, "w");
    byte[] data = a.input(p, o.operands.isEmpty() ? "-" : o.operands.get(0));
    if (data == null) {
      return 1;
    }
    if (o.has('d')) {
      String text = new String(data, StandardCharsets.US_ASCII).replaceAll("\\s", "");
      try {
        byte[] out = Base64.getDecoder().decode(text);
        p.stdout().write(out, 0, out.length);
      } catch (IllegalArgumentException e) {
        p.stderr().println("base64: invalid input");
        return 1;
      }
      p.stdout().flush();
      return 0;
    }
    int wrap = Integer.parseInt(o.get('w', "76"));
    String enc = Base64.getEncoder().encodeToString(data);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < enc.length(); i += wrap <= 0 ? enc.length() : wrap) {
      sb.append(enc, i, Math.min(enc.length(), i + (wrap <= 0 ? enc.length() : wrap))).append('\n');
    }
    p.stdout().print(enc.isEmpty() ? "" : sb.toString());
    p.stdout().flush();
    return 0;
  }

  private static int gzip(Applet a, Proc p, List<String> argv, boolean decompress) {
    Applet.Opts o = Applet.parse(argv, "");
    boolean d = decompress || o.has('d');
    boolean toStdout = o.has('c') || o.operands.isEmpty();
    int status = 0;
    for (String f : o.operands.isEmpty() ? List.of("-") : o.operands) {
      if (d && !f.equals("-") && !f.endsWith(".gz") && !f.endsWith(".tgz")) {
        p.stderr().println(a.name() + ": " + f + ": unknown suffix - ignored");
        status = 1;
        continue;
      }
      byte[] data = a.input(p, f);
      if (data == null) {
        status = 1;
        continue;
      }
      byte[] out;
      try {
        out = d ? new GZIPInputStream(new ByteArrayInputStream(data)).readAllBytes() : compress(data);
      } catch (IOException e) {
        p.stderr().println(a.name() + ": invalid magic");
        status = 1;
        continue;
      }
      if (toStdout || f.equals("-")) {
        p.stdout().write(out, 0, out.length);
        continue;
      }
      String target = d ? (f.endsWith(".tgz") ? f.substring(0, f.length() - 4) + ".tar" : f.substring(0, f.length() - 3))
          : f + ".gz";
      if (p.fs().exists(target) && !o.has('f')) {
        p.stderr().println(a.name() + ": can't open '" + target + "': File exists");
        status = 1;
        continue;
      }
      try {
        p.fs().write(target, out, false);
        if (!o.has('k')) {
          p.fs().remove(f, false);
        }
      } catch (FsException e) {
        p.stderr().println(a.name() + ": can't open '" + target + "': " + e.error().message());
        status = 1;
      }
    }
    p.stdout().flush();
    return status;
  }

  private static byte[] compress(byte[] data) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(data);
    }
    return buf.toByteArray();
  }

  /** od [-c] [FILE]: offsets in octal, 16 bytes a line; -c shows characters, else octal 2-byte words. */
  private static int od(Applet a, Proc p, List<String> argv) {
    Applet.Opts o = Applet.parse(argv, "AtjN");
    boolean[] failed = {false};
    byte[] data = a.inputBytes(p, o.operands, failed);
    if (failed[0] && data.length == 0) {
      return 1;
    }
    // -A n|o|d|x: the address radix (none leaves the address column and last line out); -t x1: hex bytes.
    String radix = o.get('A', "o");
    String type = o.get('t', "");
    for (int off = 0; off < data.length; off += 16) {
      StringBuilder line = new StringBuilder(address(radix, off));
      int end = Math.min(data.length, off + 16);
      if (type.equals("x1")) {
        for (int i = off; i < end; i++) {
          line.append(String.format(" %02x", data[i] & 0xff));
        }
      } else if (o.has('c')) {
        for (int i = off; i < end; i++) {
          line.append(String.format("%4s", charOf(data[i] & 0xff)));
        }
      } else {
        for (int i = off; i < end; i += 2) {
          int w = (data[i] & 0xff) | (i + 1 < end ? (data[i + 1] & 0xff) << 8 : 0);
          line.append(' ').append(String.format("%06o", w));
        }
      }
      p.stdout().println(line);
    }
    if (!radix.equals("n")) {
      p.stdout().println(address(radix, data.length));
    }
    return failed[0] ? 1 : 0;
  }

  private static String address(String radix, int off) {
    switch (radix) {
      case "n":
        return "";
      case "x":
        return String.format("%07x", off);
      case "d":
        return String.format("%07d", off);
      default:
        return String.format("%07o", off);
    }
  }

  private static String charOf(int b) {
    switch (b) {
      case 0: return "\\0";
      case '\n': return "\\n";
      case '\t': return "\\t";
      case '\r': return "\\r";
      case '\b': return "\\b";
      case '\f': return "\\f";
      case 7: return "\\a";
      case 11: return "\\v";
      default: return b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("%03o", b);
    }
  }
}
