package dev.kujira.engine.process.busybox;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** awk's builtin functions. */
final class AwkBuiltins {
  private AwkBuiltins() {
  }

  static Object call(AwkInterpreter awk, String name, List<Object> args) {
    switch (name) {
      case "length":
        return (double) (args.isEmpty() ? awk.recordText() : AwkInterpreter.str(awk.evalNode(args.get(0)))).length();
      case "substr": {
        String s = s(awk, args, 0);
        int m = (int) Math.round(AwkInterpreter.num(awk.evalNode(args.get(1))));
        int len = args.size() > 2 ? (int) Math.round(AwkInterpreter.num(awk.evalNode(args.get(2)))) : Integer.MAX_VALUE / 2;
        int from = Math.max(1, m);
        int to = (int) Math.min((long) s.length() + 1, (long) m + len);
        return from >= to ? "" : s.substring(from - 1, to - 1);
      }
      case "index":
        return (double) (s(awk, args, 0).indexOf(s(awk, args, 1)) + 1);
      case "split": {
        String s = s(awk, args, 0);
        String arr = (String) ((Object[]) args.get(1))[1];
        String fs = args.size() > 2 ? s(awk, args, 2) : " ";
        Map<String, Object> a = awk.arrayNamed(arr);
        a.clear();
        String[] parts = fs.equals(" ") ? s.trim().split("\\s+") : s.split(Pattern.quote(fs), -1);
        int n = 0;
        for (String p : parts) {
          if (fs.equals(" ") && p.isEmpty()) {
            continue;
          }
          a.put(String.valueOf(++n), p);
        }
        return (double) n;
      }
      case "sub":
      case "gsub": {
        Object[] reNode = (Object[]) args.get(0);
        String re = reNode[0].equals("re") ? (String) reNode[1] : s(awk, args, 0);
        String repl = s(awk, args, 1).replace("\\&", "\u0000").replace("&", "$0").replace("\u0000", "&");
        Object target = args.size() > 2 ? args.get(2) : new Object[] {"field", new Object[] {"num", 0.0}};
        String text = AwkInterpreter.str(awk.evalNode(target));
        Matcher m = Pattern.compile(re).matcher(text);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (m.find()) {
          m.appendReplacement(sb, repl.replace("\\", "\\\\").replace("\\\\$0", "$0"));
          count++;
          if (name.equals("sub")) {
            break;
          }
        }
        m.appendTail(sb);
        if (count > 0) {
          awk.store(target, sb.toString());
        }
        return (double) count;
      }
      case "toupper":
        return s(awk, args, 0).toUpperCase();
      case "tolower":
        return s(awk, args, 0).toLowerCase();
      case "int":
        return (double) (long) AwkInterpreter.num(awk.evalNode(args.get(0)));
      case "sprintf":
        return awk.sprintf(args);
      case "match": {
        Matcher m = Pattern.compile((String) ((Object[]) args.get(1))[1]).matcher(s(awk, args, 0));
        return m.find() ? (double) (m.start() + 1) : 0.0;
      }
      default:
        return "";
    }
  }

  private static String s(AwkInterpreter awk, List<Object> args, int i) {
    return i < args.size() ? AwkInterpreter.str(awk.evalNode(args.get(i))) : "";
  }
}
