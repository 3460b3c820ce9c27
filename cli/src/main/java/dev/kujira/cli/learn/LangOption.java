package dev.kujira.cli.learn;

import dev.kujira.lessons.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code --lang ja|en} option that {@code kujira learn} and {@code kujira drill} share: the
 * language it names (else the environment's), and the other arguments for the command to read.
 *
 * @param lang the language to speak
 * @param rest the arguments without the --lang option
 */
record LangOption(Lang lang, List<String> rest) {

  /** Takes --lang VALUE and --lang=VALUE out of {@code args}; an unknown value keeps the default. */
  static LangOption split(List<String> args, Map<String, String> env) {
    Lang lang = Lang.fromEnvironment(env);
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = a.equals("--lang") && i + 1 < args.size() ? args.get(++i)
          : a.startsWith("--lang=") ? a.substring(7) : null;
      if (value == null) {
        rest.add(a);
      } else if (Lang.of(value) != null) {
        lang = Lang.of(value);
      }
    }
    return new LangOption(lang, rest);
  }
}
