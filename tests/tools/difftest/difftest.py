#!/usr/bin/env python3
"""The differential tester: the real Docker Engine is the oracle for generated sessions.

  difftest.py gen SEED                  print the session SEED generates (its command lines)
  difftest.py run FIRST COUNT [OUT]     generate sessions FIRST..FIRST+COUNT-1, run each on the real
                                        engine and on the simulator, compare command by command,
                                        shrink every new kind of difference and write it out as a
                                        scenario folder under OUT (default tests/tools/difftest/out)
  difftest.py resim [OUT [FIRST LAST]]  run the simulator again on every session whose real transcript
                                        OUT/real/ kept, and print the difference rate (no engine needed)
  difftest.py stats [OUT]               totals over every run logged in OUT/runs.jsonl
  difftest.py report OUT FIRST LAST     the differing lines of sessions FIRST..LAST, both outputs (markdown)

Run from the project root, with the real engine started (../shared/conformance/real-docker.sh
start) and the launcher jar built (./kujira builds it). The real engine is shared: each session
takes /tmp/real-docker.lock (the file lock, with a close-on-exec descriptor, so a daemon restarted
inside never holds it) for its own few seconds, and the daemon is restarted before each session
that creates networks or publishes ports, as conformance.py does, so the address allocator starts
again at 172.18.0.0/16 and the first -P port at 32768 on both sides.

A command line counts as different when its block (output and exit status) differs after the
conformance normalisation (conformance.py normalize(): ids numbered by first appearance, times,
durations, sizes, MACs), normalised block by block so that one extra id does not renumber the rest
of the session. The rate is different lines / lines run.

Shrinking: for each difference whose kind (the command's words without values) was not shrunk
before, the tester tries, shortest first, the line alone, the line with the earlier lines that
name what it names (containers, images, volumes, networks, files), and the whole prefix, and keeps
the first that still differs. The folder it writes (commands.txt, the session's files, real.txt,
sim.txt, diff.txt) is a conformance scenario: record it with `conformance.py real DIR >
DIR/expected.txt` to make it a test.
"""
import fcntl, threading, json, os, re, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.environ.get("KUJIRA_SHARED", os.path.join(ROOT, "..", "shared"))
CONF = os.path.join(SHARED, "conformance")
sys.path.insert(0, CONF)
sys.path.insert(0, HERE)
import conformance  # noqa: E402  the reference normalisation
import gen  # noqa: E402

# Two work folders of the same length and the same last name (compose derives the project name from it)
REAL_WORK = "/tmp/difftest-r/conformance-work"
SIM_WORK = "/tmp/difftest-s/conformance-work"
JAR = os.environ.get("DIFFTEST_JAR", os.path.join(ROOT, "cli", "target", "kujira.jar"))
DEAD = "Cannot connect to the Docker daemon"
TIMEOUT = 60


def docker_env():
    out = subprocess.run([os.path.join(CONF, "real-docker.sh"), "env"], check=True, capture_output=True,
                         text=True).stdout
    env = dict(os.environ)
    for line in out.splitlines():
        k, v = line[len("export "):].split("=", 1)
        env[k] = v.replace("$PATH", os.environ["PATH"])
    env.pop("DOCKER_BUILDKIT", None)
    return env


def write_folder(path, files):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    for name, text in files.items():
        with open(os.path.join(path, name), "w", encoding="utf-8") as f:
            f.write(text)


def run_real(lines, files, fresh, daemon=None):
    """Runs lines on a real engine; returns the transcript. daemon None: the shared one, under the
    shared lock for this session only; a number: the private daemon of daemons.sh (the caller holds
    the lock for its chunk), whose commands run in that daemon's network namespace."""
    if daemon is not None:
        return run_private(lines, files, fresh, daemon)
    lock = open("/tmp/real-docker.lock", "a")  # Python descriptors are close-on-exec
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        sh = os.path.join(CONF, "real-docker.sh")
        subprocess.run([sh, "start"], check=True, timeout=300, stdout=subprocess.DEVNULL)
        subprocess.run([sh, "reset"], check=True, timeout=300)
        if fresh:
            subprocess.run([sh, "restart"], check=True, timeout=300, stdout=subprocess.DEVNULL)
        out = run_lines(lines, files, docker_env(), REAL_WORK, [])
        # leave no container running for the next user of the daemon
        subprocess.run([sh, "reset"], timeout=300)
        return out
    finally:
        lock.close()


def run_lines(lines, files, env, work, prefix):
    write_folder(work, files)
    out = []
    for cmd in lines:
        p = subprocess.Popen(prefix + ["bash", "-c", cmd], cwd=work, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            o, _ = p.communicate(timeout=TIMEOUT)
            text, rc = o.decode("utf-8", "replace"), p.returncode
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            o, _ = p.communicate()
            text, rc = o.decode("utf-8", "replace"), 124
        out.append(conformance.block(cmd, text, rc))
    return "".join(out)


DAEMONS = os.path.join(HERE, "daemons.sh")


def private(n, *args, timeout=300, check=True):
    return subprocess.run([DAEMONS, *args, str(n)], check=check, timeout=timeout, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True).stdout


def run_private(lines, files, fresh, n):
    """One session on private daemon n: fresh (restarted) when the session allocates addresses or
    ports, emptied afterwards so that no container is left running."""
    private(n, "restart" if fresh else "start")
    env = dict(os.environ)
    for line in private(n, "env").splitlines():
        k, v = line[len("export "):].split("=", 1)
        env[k] = v.replace("$PATH", os.environ["PATH"])
    env.pop("DOCKER_BUILDKIT", None)
    try:
        out = run_lines(lines, files, env, real_work(n), ["nsenter", f"--net=/var/run/netns/difftest{n}"])
        return out.replace(real_work(n), REAL_WORK).replace(f"/tmp/difftest-d{n}/data/", "/tmp/real-docker/data/")
    finally:
        private(n, "reset", check=False)


def real_work(n):
    return REAL_WORK if n is None else f"/tmp/difftest-r{n}/conformance-work"


def run_sim(lines, files, tag, n=None):
    work = SIM_WORK if n is None else f"/tmp/difftest-s{n}/conformance-work"
    write_folder(work, files)
    os.makedirs("/tmp/difftest-s", exist_ok=True)
    cmds = f"/tmp/difftest-s/commands-{os.getpid()}-{tag}-{n}.txt"
    with open(cmds, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    p = subprocess.Popen(["java", "-jar", JAR, "script", "--load", os.path.join(CONF, "busybox-image.tar"),
                          work, cmds], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    try:
        out, _ = p.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        out, _ = p.communicate()
        out += b"\n(the simulator ran past 600 s and was ended)\n"
    return out.decode("utf-8", "replace").replace(work, SIM_WORK)


def blocks(text, lines):
    """Splits a transcript into one block per command line, in order (as the audit harness does)."""
    res, cur, i = [], None, 0
    for l in text.splitlines():
        if i < len(lines) and l == "$ " + lines[i]:
            if cur is not None:
                res.append("\n".join(cur))
            cur, i = [], i + 1
        elif cur is not None:
            cur.append(l)
    if cur is not None:
        res.append("\n".join(cur))
    while len(res) < len(lines):
        res.append("(no block)")
    return res


from normalize import norm_block  # noqa: E402


def diff_indexes(lines, real, sim):
    rb, sb = blocks(real, lines), blocks(sim, lines)
    return [i for i in range(len(lines)) if norm_block(rb[i], REAL_WORK) != norm_block(sb[i], SIM_WORK)], rb, sb


KIND_VALUE = re.compile(r"(^|\s)(-{1,2}[A-Za-z][\w-]*)(=\S+)?")


def kind(line):
    """The command's words and flags without values: differences of one kind are shrunk once."""
    words = line.split()
    head = [w for w in words[:3] if re.fullmatch(r"[a-z][a-z-]*", w)]
    flags = sorted(set(m.group(2) for m in KIND_VALUE.finditer(line)))
    return " ".join(head[:3] + flags)


def names_in(line):
    toks = set(re.findall(r"[A-Za-z0-9][\w.:/-]*", line))
    vocab = set(gen.NAMES + gen.VOLUMES + gen.NETWORKS + [i.split(":")[0] for i in gen.IMAGES] + gen.IMAGES
                + list(gen.DOCKERFILES) + list(gen.COMPOSE))
    out = {t for t in toks if t in vocab}
    if "build" in line or "compose" in line:
        out.add("#build")
    return out


def slice_for(lines, i):
    want = names_in(lines[i])
    keep = []
    for j in range(i - 1, -1, -1):
        n = names_in(lines[j])
        if n & want:
            keep.append(j)
            want |= n
    return [lines[j] for j in sorted(keep)] + [lines[i]]


def fresh_needed(lines):
    return any(re.search(r"network|compose|-P\b|--publish-all|-p |--publish", l) for l in lines)


def shrink(lines, files, i):
    cands, seen = [], set()
    for c in ([lines[i]], slice_for(lines, i), lines[:i + 1]):
        if tuple(c) not in seen:
            seen.add(tuple(c))
            cands.append(c)
    for c in cands:
        real = run_real(c, files, fresh_needed(c), 1)
        if DEAD in real:
            return None
        sim = run_sim(c, files, 1, 1)
        d, rb, sb = diff_indexes(c, real, sim)
        if len(c) - 1 in d:
            return c, real, sim
    return None


def used_files(lines, files):
    text = "\n".join(lines)
    out = {k: v for k, v in files.items() if k in text or k == "hello.txt"}
    if re.search(r"docker build|compose", text) and "Dockerfile" in files:
        out["Dockerfile"] = files["Dockerfile"]
    if re.search(r"compose(?! -f)", text):
        out["compose.yaml"] = files["compose.yaml"]
    if "app.env" in text:
        out["app.env"] = files["app.env"]
    return out


def write_case(outdir, n, c, files, real, sim):
    d = os.path.join(outdir, "cases", f"d{n:04d}")
    write_folder(d, used_files(c, files))
    with open(os.path.join(d, "commands.txt"), "w", encoding="utf-8") as f:
        f.write("# shrunk by tests/tools/difftest; the last line differs\n" + "\n".join(c) + "\n")
    with open(os.path.join(d, "real.txt"), "w", encoding="utf-8") as f:
        f.write(real.replace(REAL_WORK, conformance.WORK))
    with open(os.path.join(d, "sim.txt"), "w", encoding="utf-8") as f:
        f.write(sim.replace(SIM_WORK, conformance.WORK))
    diff = conformance.compare(real.replace(REAL_WORK, conformance.WORK), sim.replace(SIM_WORK, conformance.WORK))
    with open(os.path.join(d, "diff.txt"), "w", encoding="utf-8") as f:
        f.write((diff or "same") + "\n")
    return d


WORKERS = int(os.environ.get("DIFFTEST_WORKERS", "3"))
CHUNK = int(os.environ.get("DIFFTEST_CHUNK", "270"))   # seconds a chunk holds the shared lock


def run(first, count, outdir, shrink_max=int(os.environ.get("DIFFTEST_SHRINK", "4"))):
    """Sessions first..first+count-1 on WORKERS private daemons at once, in chunks: each chunk takes
    /tmp/real-docker.lock for at most CHUNK seconds (no new session starts after that), then lets
    the other users of the engine in before the next one."""
    os.makedirs(outdir, exist_ok=True)
    open(os.path.join(outdir, "diffs.jsonl"), "a").close()
    known_path = os.path.join(outdir, "kinds.json")
    known = json.load(open(known_path)) if os.path.exists(known_path) else {}
    seeds = list(range(first, first + count))
    totals = [0, 0]
    mutex = threading.Lock()

    def worker(n, deadline):
        while time.time() < deadline:
            with mutex:
                if not seeds:
                    return
                seed = seeds.pop(0)
            s = gen.Session(seed)
            try:
                real = run_real(s.lines, s.files, s.uses_alloc or fresh_needed(s.lines), n)
            except Exception as e:  # a daemon that would not start: put the session back, stop this worker
                print(f"session {seed}: daemon {n}: {e}", file=sys.stderr)
                with mutex:
                    seeds.insert(0, seed)
                return
            lines, diff = compare_one(s, real, outdir, n, mutex)
            with mutex:
                totals[0] += lines
                totals[1] += diff
    while seeds:
        lock = open("/tmp/real-docker.lock", "a")  # close-on-exec: no daemon started here inherits it
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            deadline = time.time() + CHUNK
            ths = [threading.Thread(target=worker, args=(n, deadline)) for n in range(1, WORKERS + 1)]
            for th in ths:
                th.start()
            for th in ths:
                th.join()
        finally:
            lock.close()
        print(f"chunk done: {len(seeds)} sessions left, {totals[0]} lines, {totals[1]} differing",
              file=sys.stderr, flush=True)
        if seeds:
            time.sleep(10)  # the others' turn
    total, differing = totals
    # shrink the new kinds found in this run
    with open(os.path.join(outdir, "diffs.jsonl")) as f:
        rows = [json.loads(l) for l in f]
    shrunk = 0
    lock = open("/tmp/real-docker.lock", "a")
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        deadline = time.time() + CHUNK
        for row in rows:
            if row["seed"] < first or row["seed"] >= first + count:
                continue
            k = kind(row["line"])
            if k in known or shrunk >= shrink_max or time.time() > deadline:
                continue
            s = gen.Session(row["seed"])
            res = shrink(s.lines, s.files, row["index"])
            shrunk += 1
            if res is None:
                known[k] = "not reproduced alone (session-dependent or racy)"
                continue
            c, real, sim = res
            known[k] = write_case(outdir, len(known), c, s.files, real, sim)
            json.dump(known, open(known_path, "w"), indent=1)
    finally:
        lock.close()
    json.dump(known, open(known_path, "w"), indent=1)
    rec = {"first": first, "count": count, "lines": total, "differing": differing,
           "rate": round(100.0 * differing / max(total, 1), 2), "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    with open(os.path.join(outdir, "runs.jsonl"), "a") as f:
        f.write(json.dumps(rec) + "\n")
    print(json.dumps(rec))


def compare_one(s, real, outdir, n=None, mutex=None):
    # every real transcript is kept: `resim` measures a changed simulator against them without the engine
    rd = os.path.join(outdir, "real")
    os.makedirs(rd, exist_ok=True)
    with open(os.path.join(rd, f"{s.seed}.txt"), "w", encoding="utf-8") as f:
        f.write(real)
    sim = run_sim(s.lines, s.files, 0, n)
    d, rb, sb = diff_indexes(s.lines, real, sim)
    with mutex or threading.Lock():
        log_diffs(s, d, rb, sb, sim, real, outdir)
    return len(s.lines), len(d)


def log_diffs(s, d, rb, sb, sim, real, outdir):
    if d:  # the whole session, for reading a difference in its context
        sd = os.path.join(outdir, "sessions")
        os.makedirs(sd, exist_ok=True)
        for side, text, work in (("real", real, REAL_WORK), ("sim", sim, SIM_WORK)):
            with open(os.path.join(sd, f"{s.seed}.{side}.txt"), "w", encoding="utf-8") as f:
                f.write(text.replace(work, conformance.WORK))
    with open(os.path.join(outdir, "diffs.jsonl"), "a") as f:
        for i in d:
            f.write(json.dumps({"seed": s.seed, "index": i, "line": s.lines[i], "kind": kind(s.lines[i]),
                                "real": norm_block(rb[i], REAL_WORK), "sim": norm_block(sb[i], SIM_WORK)}) + "\n")
    return len(s.lines), len(d)


def resim(outdir, first=0, last=1 << 62):
    """Runs the simulator again on every session (seeds first..last) whose real transcript was kept;
    prints each differing line and the rate. DIFFTEST_DIFFS=FILE writes both blocks of each."""
    rd = os.path.join(outdir, "real")
    total = differing = 0
    seeds = sorted(int(n.split(".")[0]) for n in os.listdir(rd))
    seeds = [x for x in seeds if first <= x <= last]
    mutex = threading.Lock()
    out = open(os.environ["DIFFTEST_DIFFS"], "w") if os.environ.get("DIFFTEST_DIFFS") else None

    def one(k):
        nonlocal total, differing
        while True:
            with mutex:
                if not seeds:
                    return
                seed = seeds.pop(0)
            s = gen.Session(seed)
            real = open(os.path.join(rd, f"{seed}.txt"), encoding="utf-8").read()
            d, rb, sb = diff_indexes(s.lines, real, run_sim(s.lines, s.files, 0, 10 + k))
            with mutex:
                total += len(s.lines)
                differing += len(d)
                for i in d:
                    print(f"{s.seed}:{i}: {s.lines[i]}", flush=True)
                    if out:
                        out.write(json.dumps({"seed": s.seed, "index": i, "line": s.lines[i], "kind": kind(s.lines[i]),
                                              "real": norm_block(rb[i], REAL_WORK),
                                              "sim": norm_block(sb[i], SIM_WORK)}) + "\n")
    ths = [threading.Thread(target=one, args=(k,)) for k in range(int(os.environ.get("DIFFTEST_WORKERS", "2")))]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
    print(f"resim: {total} lines, {differing} differing ({100.0 * differing / max(total, 1):.2f} %)")


def report(outdir, first, last):
    """Markdown: each differing line of sessions first..last with both normalised blocks (the
    remaining differences of a run, for the results file)."""
    rows = [json.loads(l) for l in open(os.path.join(outdir, "diffs.jsonl"))]
    runs = [json.loads(l) for l in open(os.path.join(outdir, "runs.jsonl"))]
    lines = sum(r["lines"] for r in runs if first <= r["first"] <= last)
    rows = [r for r in rows if first <= r["seed"] <= last]
    print(f"Sessions {first}-{last}: {lines} lines, {len(rows)} differing "
          f"({100.0 * len(rows) / max(lines, 1):.2f} %)\n")
    for r in rows:
        print(f"### {r['seed']}:{r['index']} `{r['line']}`\n\nreal:\n```\n{r['real'].rstrip()}\n```\n"
              f"simulator:\n```\n{r['sim'].rstrip()}\n```\n")


def stats(outdir):
    lines = diff = 0
    last = None
    for l in open(os.path.join(outdir, "runs.jsonl")):
        r = json.loads(l)
        lines += r["lines"]
        diff += r["differing"]
        last = r
    print(f"{lines} lines run, {diff} differing ({100.0 * diff / max(lines, 1):.2f} %)")
    if last:
        print(f"last run: sessions {last['first']}-{last['first'] + last['count'] - 1}, {last['lines']} lines, "
              f"{last['differing']} differing ({last['rate']:.2f} %), {last['time']}")


def main(argv):
    if len(argv) >= 3 and argv[1] == "gen":
        s = gen.Session(int(argv[2]))
        print("\n".join(s.lines))
    elif len(argv) >= 4 and argv[1] == "run":
        run(int(argv[2]), int(argv[3]), argv[4] if len(argv) > 4 else os.path.join(HERE, "out"))
    elif len(argv) >= 2 and argv[1] == "resim":
        resim(argv[2] if len(argv) > 2 else os.path.join(HERE, "out"), *[int(a) for a in argv[3:5]])
    elif len(argv) >= 5 and argv[1] == "report":
        report(argv[2], int(argv[3]), int(argv[4]))
    elif len(argv) >= 2 and argv[1] == "stats":
        stats(argv[2] if len(argv) > 2 else os.path.join(HERE, "out"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
