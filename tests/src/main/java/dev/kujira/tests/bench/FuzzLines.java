package dev.kujira.tests.bench;

import java.util.List;
import java.util.Random;

/**
 * Generates hostile command lines of the kinds issue 18 found crashing the engine: format widths
 * and precisions, huge numbers in every place a number goes, expansions nested thousands deep,
 * mutated docker lines, runaway awk/sed/shell loops, and mutated Dockerfiles and compose files
 * (anchors, wrong types). A line may begin with {@code @FILE path\ncontent\n@RUN } to write a
 * host file first (see {@link #files}). Deterministic for a seed.
 */
public final class FuzzLines {
  private static final List<String> NUMBERS = List.of("0", "1", "-1", "007", "99999999999", "-9999999999",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e308",
      "999999999", "2147483648", "0x7fffffff", "1.5", "abc", "", "''", "+3", "--5", "3k", "0777777777777");
  private static final List<String> SEEDS = List.of("docker run --rm busybox echo hi", "docker run -d --name w busybox sleep 300",
      "docker ps -a --format '{{.Names}} {{.Status}}'", "docker inspect -f '{{.State.Status}}' w", "docker logs --tail 2 w",
      "docker stop -t 1 w", "docker rm -f w", "docker images", "docker tag busybox mine:1", "docker rmi mine:1",
      "docker create --name c1 -e A=1 -p 8080:80 busybox", "docker start c1", "docker kill -s HUP c1",
      "docker network create --subnet 10.9.0.0/24 n1", "docker volume create v1", "docker stats --no-stream --no-trunc",
      "docker run --rm --memory 64m --cpus 1 busybox true", "docker run --rm -u 1000:1000 busybox id",
      "docker compose config", "docker compose up -d", "docker compose down -v", "docker build -q .",
      "docker system df", "docker exec c1 ls /", "docker top c1", "docker port c1", "docker events --since 0 --until 1");
  private static final List<String> WORDS = List.of("-d", "--rm", "-it", "--name", "x", "busybox", "-p", "80",
      "--format", "'{{.ID}}'", "'{{'", "--filter", "status=running", "-a", "-q", "-n", "--", "-", "ps", "inspect", "sh",
      "-c", "'exit 3'", "\"", "'", "$(", "|", "&&", ";", "a:b:c", "@", "--help", "--time=x", "-e", "=", "--restart",
      "on-failure:99999999999", "-v", "/x:/y:ro", "--mount", "type=bind", "--user", "'::'", "--gateway=v1", "?",
      "--subnet", "10.256.0.0/24", "-t", "--memory", "--shm-size", "--ulimit", "nofile=1:2", "--tmpfs", "/t:size=1k");

  private FuzzLines() {
  }

  /** Returns the {@code i}-th line of the stream seeded with {@code seed}. */
  public static String line(long seed, long i) {
    Random r = new Random(seed * 1_000_003L + i);
    return switch (r.nextInt(10)) {
      case 0 -> formatWidth(r);
      case 1 -> hugeNumber(r);
      case 2 -> nested(r);
      case 3, 4 -> mutate(SEEDS.get(r.nextInt(SEEDS.size())), r);
      case 5 -> dockerfile(r);
      case 6 -> compose(r);
      case 7 -> tools(r);
      case 8 -> "docker" + words(r, 1 + r.nextInt(6));
      default -> shell(r);
    };
  }

  static String pick(Random r, List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(' ').append(pick(r, WORDS));
    }
    return sb.toString();
  }

  private static String spec(Random r) {
    String flags = "";
    for (int k = r.nextInt(3); k > 0; k--) {
      flags += "-+ #0".charAt(r.nextInt(5));
    }
    String width = r.nextInt(4) == 0 ? "" : String.valueOf(r.nextInt(3) == 0 ? pick(r, NUMBERS).replaceAll("\\D", "") : r.nextInt(40));
    String prec = r.nextBoolean() ? "" : "." + (r.nextInt(3) == 0 ? pick(r, NUMBERS).replaceAll("\\D", "") : r.nextInt(12));
    return "%" + flags + width + prec + "dixXoscfbeg%".charAt(r.nextInt(12));
  }

  private static String formatWidth(Random r) {
    String fmt = spec(r) + "|" + spec(r) + "\\n";
    String a = pick(r, NUMBERS);
    String b = pick(r, NUMBERS);
    return switch (r.nextInt(4)) {
      case 0 -> "printf '" + fmt + "' " + a + " " + b + " | wc -c";
      case 1 -> "awk 'BEGIN{printf \"" + fmt + "\", " + (a.isEmpty() || a.equals("''") ? "0" : "\"" + a + "\"") + ", 2}' | wc -c";
      case 2 -> "docker run --rm busybox printf '" + fmt + "' " + a + " " + b;
      default -> "docker run --rm busybox sh -c \"printf '" + fmt + "' " + a + "\"";
    };
  }

  private static String hugeNumber(Random r) {
    String n = pick(r, NUMBERS);
    return switch (r.nextInt(12)) {
      case 0 -> "echo " + n + " " + n + ">x";
      case 1 -> "head -n " + n + " /etc/hostname";
      case 2 -> "tail -n " + n + " /etc/hostname";
      case 3 -> "echo $((" + n + " * " + pick(r, NUMBERS) + "))";
      case 4 -> "seq " + n + " | head -3";
      case 5 -> "docker stop -t " + n + " nosuch";
      case 6 -> "docker run --rm --restart on-failure:" + n + " busybox true";
      case 7 -> "docker run --rm -p " + n + ":" + n + " busybox true";
      case 8 -> "docker " + n;
      case 9 -> "docker logs --tail " + n + " nosuch";
      case 10 -> "docker run --rm busybox sh -c 'exit " + n + "'";
      default -> "docker run --rm --memory " + n + " busybox true";
    };
  }

  private static String nested(Random r) {
    int depth = r.nextInt(5) == 0 ? 1000 + r.nextInt(3000) : 1 + r.nextInt(30);
    String[][] kinds = {{"$(( ", " ))"}, {"$(echo ", ")"}, {"${x:-", "}"}, {"$(( (", ") ))"}, {"\"$(echo ", ")\""}};
    String[] k = kinds[r.nextInt(kinds.length)];
    StringBuilder sb = new StringBuilder("echo ");
    sb.append(k[0].repeat(depth)).append('1').append(k[1].repeat(r.nextInt(8) == 0 ? depth / 2 : depth));
    return sb.toString();
  }

  static String mutate(String line, Random r) {
    StringBuilder sb = new StringBuilder(line);
    for (int e = 1 + r.nextInt(3); e > 0; e--) {
      int at = r.nextInt(sb.length() + 1);
      switch (r.nextInt(4)) {
        case 0 -> sb.insert(at, ' ' + pick(r, WORDS) + ' ');
        case 1 -> sb.insert(at, (char) (33 + r.nextInt(90)));
        case 2 -> {
          if (at < sb.length()) {
            sb.deleteCharAt(at);
          }
        }
        default -> sb.insert(at, ' ' + pick(r, NUMBERS) + ' ');
      }
    }
    return sb.toString();
  }

  private static final List<String> DOCKERFILE = List.of("FROM busybox", "FROM busybox AS base", "ARG X", "ARG V=1",
      "FROM Bx", "SHELL sh", "SHELL [\"/bin/sh\", \"-c\"]", "COPY [ \"b\"] x", "COPY b /b", "ADD b /c", "USER nobody $((",
      "RUN echo hi > /f", "RUN printf '%999999999d' 1", "ENV A=${X:-1}", "WORKDIR /app", "EXPOSE 99999999999",
      "HEALTHCHECK --interval=0s CMD true", "CMD [\"sh\"", "ENTRYPOINT sh -c", "LABEL a=", "ONBUILD RUN x", "STOPSIGNAL 99",
      "FROM base", "COPY --from=base /f /g", "VOLUME [\"/v\"]", "ARG ${", "RUN for i in 1 2 3; do echo $i; done");

  private static String dockerfile(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1 + r.nextInt(6); k > 0; k--) {
      String l = pick(r, DOCKERFILE);
      sb.append(r.nextInt(5) == 0 ? mutate(l, r) : l).append('\n');
    }
    return "@FILE Dockerfile\n" + sb + "@RUN docker build -q .";
  }

  private static final List<String> VALUES = List.of("1", "true", "null", "[]", "{}", "[a, b]", "{a: 1}", "\"x\"",
      "${X}", "${X:?no}", "$$", "abc", "-1", "1.5", "~", "99999999999", "*a", "&a 1", "!!int x", "'8080:80'");

  private static String compose(Random r) {
    String v = pick(r, VALUES);
    String key = pick(r, List.of("replicas", "scale", "ports", "command", "environment", "deploy", "healthcheck",
        "depends_on", "volumes", "networks", "image", "restart", "tty", "labels", "build"));
    String text = switch (r.nextInt(5)) {
      case 0 -> "x: &a\n  <<: *a\nservices:\n  web:\n    image: busybox\n";
      case 1 -> "services:\n  web:\n    image: busybox\n    command: sleep 100\n    deploy:\n      replicas: " + v + "\n";
      case 2 -> "x-a: &a\n  image: busybox\n  " + key + ": " + v + "\nservices:\n  web:\n    <<: *a\n  db: *a\n";
      case 3 -> "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
          + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nservices: {}\n";
      default -> "services:\n  web:\n    image: busybox\n    " + key + ": " + v + "\n";
    };
    if (r.nextInt(4) == 0) {
      text = mutate(text, r);
    }
    return "@FILE compose.yaml\n" + text + "@RUN " + pick(r, List.of("docker compose config", "docker compose up -d",
        "docker compose ps", "docker compose config --services", "docker compose down"));
  }

  private static String tools(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> "echo x | sed 's/x/\\" + r.nextInt(10) + "/'";
      case 1 -> "echo x | awk '{while(" + r.nextInt(2) + ") x=x x}'";
      case 2 -> "awk 'BEGIN{for(i=0;i<" + pick(r, NUMBERS) + ";i++) s=s \"ab\"; print length(s)}'";
      case 3 -> "awk 'BEGIN{$" + pick(r, NUMBERS) + "=1; print NF}'";
      case 4 -> "seq 1 1000 | sed -n '" + pick(r, NUMBERS) + "p'";
      case 5 -> "find / -name '" + pick(r, List.of("*", "[", "**", "?x", "\\")) + "' | head -2";
      case 6 -> "curl -s " + pick(r, List.of("file:///etc/passwd", "http://x:99999/", "ftp://a", "http://[::1", "localhost:0"));
      case 7 -> "dd if=/dev/zero of=f bs=" + pick(r, List.of("1M", "1k", "0", "-1", "99999999999")) + " count=" + r.nextInt(5);
      case 8 -> "docker run --rm busybox sh -c 'tar cf - /etc | wc -c'";
      default -> "yes | head -n " + pick(r, NUMBERS) + " | wc -l";
    };
  }

  private static String shell(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> "i=0; while [ $i -lt " + r.nextInt(300) + " ]; do i=$((i+1)); done; echo $i";
      case 1 -> "f() { f; }; f";
      case 2 -> "x=$(printf '%0" + pick(r, NUMBERS).replaceAll("\\D", "") + "d' 0); echo ${#x}";
      case 3 -> "set -- " + "a ".repeat(r.nextInt(100)) + "; echo $#";
      case 4 -> "echo {1..5} ${x:?} " + pick(r, NUMBERS);
      case 5 -> "case " + pick(r, NUMBERS) + " in [0-9]*) echo n;; *) echo s;; esac";
      case 6 -> "mkdir -p " + "d/".repeat(1 + r.nextInt(200)) + " && cd d && pwd | wc -c";
      default -> mutate("for i in 1 2 3; do echo $i; done | tail -1", r);
    };
  }
}
