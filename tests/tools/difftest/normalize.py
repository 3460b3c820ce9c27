"""The differential tester's comparison rules: the conformance normalisation, then what depends on
the machine (its timing, its load, Go's map order) rather than on the simulator. Each rule says why."""
import re

import conformance  # noqa: E402  the reference normalisation (on sys.path from difftest.py)
import gen  # noqa: E402


# Machine-bound, not the simulator's: the real daemon's data root is not /var/lib/docker here, and
# BuildKit's plain progress prints a step twice ("#6 exporting layers", then "... 0.2s done") only
# when it took long enough to be reported while running, which depends on the machine's load.
MACHINE = [(re.compile(r"/tmp/real-docker/data/"), "/var/lib/docker/"),
           # the harness's DOCKER_CONFIG, which docker's help prints as --config's default
           (re.compile(r"/tmp/real-docker/config"), "/root/.docker"),
           # BuildKit names the build context's ref by random ids ("… of ref 8696dd9b-…::q8kvoc…")
           (re.compile(r"of ref \S+::\w+"), "of ref <REF>")]
# BuildKit names its cache records by random ids (identity.NewID: 25 characters of base 36), which
# `builder prune` and `system prune` list under "Deleted build cache objects:"; only their number counts
CACHE_ID = re.compile(r"^[a-z0-9]{25}$")
CACHE_ROW = re.compile(r"^[a-z0-9]{25}(\*?)(?=\s)")
DONE_T = re.compile(r" <T> done$")
EXCERPT = re.compile(r"^[\w./-]+:\d+$")


# moby names an unnamed container adjective_surname at random; both sides' names become <NAME#n>
RANDOM_NAME = re.compile(r"(?<![\w./:-])[a-z]{3,}_[a-z]{3,}(?![\w./:-])")


def random_names(b):
    seen = {}

    def repl(m):
        if m.group(0) in gen.VOLUMES:
            return m.group(0)
        seen.setdefault(m.group(0), len(seen) + 1)
        return f"<NAME#{seen[m.group(0)]}>"
    return RANDOM_NAME.sub(repl, b)


# The rest are timing, not the simulator: BuildKit's log lines carry the seconds since the step
# began ("#5 0.611 step1"), its progress may report a transfer before its size ("#3 transferring
# context:"), the lines an error box quotes are those flushed before the step failed, and two
# stages FROM the same base share one vertex named after whichever stage BuildKit solved first.
LOG_TIME = re.compile(r"^(#\d+) \d+\.\d+ ")
TRANSFER = re.compile(r"^#\d+ transferring (context|dockerfile):( <T>)?$")
FROM_STAGE = re.compile(r"^(#\d+ \[)[\w.-]+ (\d+/\d+\] FROM )")
# A line that never ends: the harness stops it after TIMEOUT s (124), the simulator's script mode
# after 10 virtual minutes, as by Ctrl-C.
NEVER_REAL = "[exit 124]"
NEVER_SIM = re.compile(r"^kujira: still running after 10 minutes; stopped as by Ctrl-C.*\n\[exit 130\]$", re.M)


def machine_bound(lines):
    """Drops or masks what depends on the machine's timing or load (see LOG_TIME ... above)."""
    out, box = [], False
    for l in lines:
        if box:
            if l == "------":
                box = False
                out.append(l)
            continue
        if l.startswith(" > [") and l.endswith(":"):
            box = True
            out.append(l)
            continue
        if TRANSFER.match(l):
            continue
        l = LOG_TIME.sub(r"\1 <T> ", l)
        out.append(FROM_STAGE.sub(r"\1<STAGE> \2", l))
    listing = False
    for i, l in enumerate(out):
        if l == "Deleted build cache objects:":
            listing = True
        elif not l:
            listing = False
        elif listing and CACHE_ID.match(l):
            out[i] = "<CACHE ID>"
        else:
            # buildx's prune table (docker builder prune with the buildx plugin): BuildKit's random ids too
            out[i] = CACHE_ROW.sub(r"<CACHE ID>\1", l)
    out = interrupted_vertices(out)
    out = vertex_order(out)
    # the harness runs under nice(1): busybox top and ps show the containers' processes with N
    out = [NICE.sub(r"\1", l) for l in out]
    # compose pulls services' images in goroutines over a Go map: the Pulling lines, then the
    # results, each group in any order
    out = sort_runs(out, re.compile(r"^ [\w.-]+ Pulling ?$"))
    out = sort_runs(out, re.compile(r"^ [\w.-]+ (Error|Pulled) "))
    # busybox top prints the host's memory, load and CPU figures, as many frames as time allowed
    if any(l.startswith("Load average:") for l in out):
        return ["<top output>"] + [l for l in out if l.startswith("[exit")]
    # moby's ImagesPrune walks its images in Go map order: the groups of lines come in any order
    if out and out[0] == "Deleted Images:":
        k = out.index("") if "" in out else len(out)
        out = out[:1] + sorted(re.sub(r"<ID64#\d+>", "<ID64>", l) for l in out[1:k]) + out[k:]
    return out


def sort_runs(lines, rx):
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and rx.match(lines[j]):
            j += 1
        if j > i:
            out += sorted(lines[i:j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


NICE = re.compile(r"^( *\d+ +\d+ +\S+ +[RSDTZ])N")


def vertex_order(lines):
    """Vertices BuildKit runs side by side (the build context's transfer and a WORKDIR, two stages)
    are numbered and printed in the order they began, by timing: the numbers are masked and the
    blocks of lines between blank lines sorted, so that what each vertex printed still counts."""
    if not lines or not any(l.startswith("#0 building with") for l in lines):
        return lines
    lines = [re.sub(r"^#\d+ ", "#N ", l) for l in lines]
    blocks, cur, rest = [], [], []
    for l in lines:
        if l == "":
            blocks.append(cur)
            cur = []
        elif l.startswith("#"):
            cur.append(l)
        else:
            rest.append(l)
    blocks.append(cur)
    out = []
    for b in sorted(x for x in blocks if x):
        out += b + [""]
    return out + rest


def interrupted_vertices(lines):
    """BuildKit's plain printer, when two vertices run at once, cuts one off ("#5 ...") and prints
    the other's lines again later, by timing: a block of lines between blank lines is dropped when
    a later block repeats it or goes on from it."""
    lines = [l for l in lines if not re.fullmatch(r"#\d+ \.\.\.", l)]
    blocks, cur = [], []
    for l in lines:
        if l == "":
            blocks.append(cur)
            cur = []
        else:
            cur.append(l)
    blocks.append(cur)
    keep = []
    for i, b in enumerate(blocks):
        if b and b[0].startswith("#") and any(later[:len(b)] == b for later in blocks[i + 1:]):
            continue
        keep.append(b)
    out = []
    for k, b in enumerate(keep):
        if k:
            out.append("")
        out += b
    return out


ROW = re.compile(r"^\S+ +\S+ +([0-9a-f]{12}) +(.*? ago) ")
OLD = re.compile(r"^\d+ (days|weeks|months|years) ago$")


def image_rows(b):
    """`docker images`' rows in an order of their own: docker/cli groups an image's tags by
    repository in a Go map (two repositories of one image come in any order), and moby sorts by
    creation time over a map, so images created at the same second (a base and a build that only
    set metadata on it) come in any order. Runs of rows of one image, or of images days old, are
    sorted."""
    lines = b.split("\n")
    if not lines or not lines[0].startswith("REPOSITORY "):
        return b

    def together(x, y):
        m, n = ROW.match(x), ROW.match(y)
        return bool(m and n and (m.group(1) == n.group(1) or OLD.match(m.group(2)) and OLD.match(n.group(2))))
    out, i = lines[:1], 1
    while i < len(lines):
        j = i + 1
        while j < len(lines) and together(lines[j - 1], lines[j]):
            j += 1
        out += sorted(lines[i:j])
        i = j
    return "\n".join(out)


ENTRY = re.compile(r'^(\s*)"[0-9a-f]{64}": \{$')


def network_containers(b):
    """docker network inspect's "Containers" is a Go map keyed by container id: json.Marshal sorts it by
    the ids, which are random, so the entries come in any order; they are put in the order of their names
    (before the ids are numbered)."""
    lines, out, i = b.split("\n"), [], 0
    while i < len(lines):
        out.append(lines[i])
        if lines[i].strip() != '"Containers": {':
            i += 1
            continue
        i += 1
        entries = []
        while i < len(lines) and ENTRY.match(lines[i]):
            ind = ENTRY.match(lines[i]).group(1)
            j = i + 1
            while j < len(lines) and not (lines[j].startswith(ind + "}") and len(lines[j]) - len(lines[j].lstrip()) == len(ind)):
                j += 1
            entries.append([l.rstrip(",") if k == j - i else l for k, l in enumerate(lines[i:j + 1])])
            i = j + 1
        entries.sort(key=lambda e: next((l for l in e if '"Name":' in l), ""))
        for n, e in enumerate(entries):
            out.extend(e[:-1] + [e[-1] + ("," if n + 1 < len(entries) else "")])
    return "\n".join(out)


def norm_block(b, work):
    b = network_containers(image_rows(b.replace(work, conformance.WORK)))
    for rx, to in MACHINE:
        b = rx.sub(to, b)
    b = NEVER_SIM.sub("<never ends>", b)
    if b.strip() == NEVER_REAL:
        b = "<never ends>\n"
    lines = machine_bound(random_names(conformance.normalize(b)).splitlines())
    out = []
    for i, l in enumerate(lines):
        # BuildKit's printer flushes a blank line before the Dockerfile excerpt or not, by timing
        if not l and i + 1 < len(lines) and EXCERPT.match(lines[i + 1]):
            continue
        if l.startswith("#") and i + 1 < len(lines) and lines[i + 1].startswith(l) and len(lines[i + 1]) > len(l) \
                and lines[i + 1].endswith("done"):
            continue
        out.append(DONE_T.sub(" done", l) if l.startswith("#") else l)
    return "\n".join(out) + "\n"


