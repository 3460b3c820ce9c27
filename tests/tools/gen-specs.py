#!/usr/bin/env python3
"""Generates the docker command specs (engine-sim dockercli/spec/*.java) from help texts recorded
on the real engine (engine-sim/src/test/resources/golden/help/*.txt). Usage: gen-specs.py HELP_DIR OUT_DIR"""
import os, re, sys

GROUPS = {"container": "ContainerSpecs", "image": "ImageSpecs", "system": "SystemSpecs", "volume": "VolumeSpecs",
          "network": "NetworkSpecs"}
# cobra commands that call flags.SetInterspersed(false): flags stop at the image or container
NON_INTERSPERSED = {"run", "create", "exec", "top", "container run", "container create", "container exec", "container top"}


def wrap_n(i, slop, s):
    if i + slop > len(s):
        return s, ""
    w = max(s.rfind(" ", 0, i), s.rfind("\t", 0, i), s.rfind("\n", 0, i))
    if w <= 0:
        return s, ""
    nl = s.rfind("\n", 0, i)
    if 0 < nl < w:
        return s[:nl], s[nl + 1:]
    return s[:w], s[w + 1:]


def wrap(i, w, s):
    wr = w - i
    r = ""
    if wr < 24:
        i = 16
        wr = w - i
        r += "\n" + " " * i
    if wr < 24:
        return s.replace("\n", r)
    slop = 5
    wr -= slop
    l, s = wrap_n(wr, slop, s)
    r += l.replace("\n", "\n" + " " * i)
    while s:
        t, s = wrap_n(wr, slop, s)
        r += "\n" + " " * i + t.replace("\n", "\n" + " " * i)
    return r


def parse_flags(lines):
    flags, cur = [], None
    for line in lines:
        m = re.match(r"^  (?:-(\w), )?\s*--([\w-]+)(?: (\S+))?\s{2,}(.*)$", line) if line.startswith("  ") and line.strip().startswith("-") else None
        if m:
            cur = {"short": m.group(1) or "", "name": m.group(2), "type": m.group(3) or "", "pieces": [m.group(4)],
                   "col": line.index(m.group(4))}
            flags.append(cur)
        elif cur is not None and line.strip():
            cur["pieces"].append(line[cur["col"]:] if line[:cur["col"]].strip() == "" else line.strip())
    return flags


def unwrap(pieces, col):
    """Joins wrapped pieces, choosing ' ' or '\\n' at each break so pflag's wrap reproduces them."""
    text = pieces[0]
    for k in range(1, len(pieces)):
        target = pieces[:k + 1]
        for sep in (" ", "\n"):
            cand = text + sep + pieces[k]
            got = wrap(col, 80, cand).split("\n")
            got = [g[col:] if i > 0 else g for i, g in enumerate(got)]
            if got[:k + 1] == target:
                text = cand
                break
        else:
            text = text + " " + pieces[k]
    return text


def java(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def parse(path):
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    assert lines[0] == "" and lines[1].startswith("Usage:  docker "), path
    usage_line = lines[1][len("Usage:  docker "):]
    k = 2
    while lines[k].strip():
        usage_line += "\n" + lines[k]
        k += 1
    sections, cur = {"desc": []}, "desc"
    for line in lines[k + 1:]:
        if line in ("Aliases:", "Options:", "Examples:", "Commands:"):
            cur = line[:-1]
            sections[cur] = []
            continue
        sections[cur].append(line)
    desc = "\n".join(sections["desc"]).strip("\n")
    aliases = [a.strip() for a in " ".join(l.strip() for l in sections.get("Aliases", [])).split(",") if a.strip()]
    examples = "\n".join(sections.get("Examples", [])).rstrip("\n")
    flags = []
    for f in parse_flags(sections.get("Options", [])):
        usage = unwrap(f["pieces"], f["col"])
        default = ""
        dm = re.search(r" \(default (.*)\)$", usage)
        if dm and not usage.endswith("(default shows just running)"):
            default = dm.group(1)
            usage = usage[:dm.start()]
            if default.startswith('"'):
                default = default[1:-1]
        flags.append((f["name"], f["short"], f["type"], default, usage))
    return usage_line, desc, aliases, examples, flags


def arg_counts(usage):
    tail = re.sub(r"\[OPTIONS\]", "", usage).strip()
    if not tail:
        return 0, 0
    req = opt = 0
    # "[ps OPTIONS]" (docker top) passes any number of words on to ps.
    unbounded = "..." in tail or "ps OPTIONS" in tail
    depth = 0
    token = ""
    for ch in tail + " ":
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                opt += 1
        elif ch == " " and depth == 0:
            if token.strip() and not token.startswith("["):
                req += 1
            token = ""
            continue
        if depth == 0 and ch not in "[]":
            token += ch
        elif ch == "[" and depth == 1 and not token:
            token = "["
    return req, -1 if unbounded else req + opt


def main(help_dir, out_dir):
    classes = {}
    for fn in sorted(os.listdir(help_dir)):
        name = fn[:-4]
        if name == "docker" or name in GROUPS:
            continue
        words = name.split("_")
        usage_line, desc, aliases, examples, flags = parse(os.path.join(help_dir, fn))
        path = " ".join(words)
        usage = usage_line[len(path):].strip()
        lo, hi = arg_counts(usage.split("\n")[0])
        cls = GROUPS.get(words[0], "TopLevelSpecs") if len(words) > 1 else "TopLevelSpecs"
        const = (words[-1] if len(words) > 1 else words[0]).upper().replace("-", "_")
        classes.setdefault(cls, []).append((const, words, usage, desc, aliases, flags, lo, hi,
                                            " ".join(words) not in NON_INTERSPERSED, examples))
    shared = {}
    order = ["ContainerSpecs", "ImageSpecs", "SystemSpecs", "VolumeSpecs", "NetworkSpecs", "TopLevelSpecs"]
    for cls in order:
        for const, words, usage, desc, aliases, flags, lo, hi, inter, examples in classes.get(cls, []):
            shared.setdefault(tuple(flags), cls + "." + const)
    for cls in order:
        specs = classes.get(cls, [])
        out = ["package dev.kujira.engine.dockercli.spec;", "", "import dev.kujira.engine.dockercli.CommandSpec;",
               "import dev.kujira.engine.dockercli.Flag;", "import java.util.List;", "",
               "/** Specs of the docker commands in this group, generated by tests/tools/gen-specs.py from the",
               " * help texts recorded on Docker 26.1.5 (engine-sim/src/test/resources/golden/help). */",
               "public final class " + cls + " {", "  private " + cls + "() {", "  }", ""]
        for const, words, usage, desc, aliases, flags, lo, hi, inter, examples in specs:
            out.append("  /** {@code docker " + " ".join(words) + "}. */")
            out.append("  public static final CommandSpec " + const + " = new CommandSpec(List.of("
                       + ", ".join(java(w) for w in words) + "), " + java(usage) + ",")
            out.append("      " + java(desc) + ",")
            out.append("      List.of(" + ", ".join(java(a) for a in aliases) + "),")
            owner = shared.get(tuple(flags))
            if flags and owner != cls + "." + const:
                ref = owner if not owner.startswith(cls + ".") else owner.split(".")[1]
                out.append("      " + ref + ".flags(), " + str(lo) + ", " + str(hi) + ", "
                           + ("true" if inter else "false") + ", " + java(examples) + ");")
                out.append("")
                continue
            out.append("      List.of(")
            for k, (n, s, t, d, u) in enumerate(flags):
                out.append("          new Flag(" + ", ".join(java(x) for x in (n, s, t, d, u)) + ", false)"
                           + ("," if k < len(flags) - 1 else ""))
            out.append("      ), " + str(lo) + ", " + str(hi) + ", " + ("true" if inter else "false") + ", "
                       + java(examples) + ");")
            out.append("")
        out.append("}")
        open(os.path.join(out_dir, cls + ".java"), "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
