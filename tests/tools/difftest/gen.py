"""Generates learner-like docker sessions: command lines plus the files they need.

A session is what a learner types in one sitting: runs and creates with the flags the study notes
use (in each accepted spelling: -e/--env/--env=, -p host:ctr[/proto], --net/--network, ...), looks
at the result (ps, inspect --format, logs, port, diff), builds small images FROM busybox and
scratch (valid Dockerfiles and slightly wrong ones), runs small compose files, manages volumes,
networks and tags, pokes around with host shell commands, and makes the mistakes learners make
(a typo in a flag, a missing argument, a name that does not exist, a port out of range).

The generator keeps a model of what exists (containers and their state, images, volumes,
networks) so that most commands refer to real things, and a few on purpose to things that are
not there. Everything is drawn from one random.Random(seed): the same seed gives the same session.

Only busybox:latest is on the recording machine (no registry), so images are busybox, images
built from it, and scratch. Commands whose output depends on the host machine rather than on
Docker (host PIDs in `top`, the host's resolv.conf, CPU counts, wall-clock dates) or races
(`logs -f`, `stats`, `events`, output of a detached container read before it was written) are
left out on purpose: they would measure the machine, not the simulator.
"""
import random

from vocab import NAMES, VOLUMES, NETWORKS, IMAGES, ECHO_WORDS, CTR_CMDS, DOCKERFILES, COMPOSE, FILES  # noqa: F401


class Session:
    """One generated session: `lines` in order and `files` (name -> text) for its folder."""

    def __init__(self, seed, length=40):
        self.r = random.Random(seed)
        self.seed = seed
        self.lines = []
        self.files = dict(FILES)
        self.files.update(DOCKERFILES)
        self.files.update(COMPOSE)
        self.ctrs = {}      # name -> "running" | "exited" | "created" | "paused"
        self.imgs = []      # tags built or tagged
        self.vols = []
        self.nets = []
        self.compose = None
        self.uses_alloc = False   # networks, compose or -P: the real side needs a fresh daemon
        # sessions from seed 5000 on follow the model's second version (kept real transcripts of
        # earlier seeds must still match the lines their seed generates)
        self.v2 = seed >= 5000
        # the third (seeds 5160 on): no restart policy on a container whose command ends at once and
        # no --entrypoint on a detached one (it would end at once): both leave a container whose
        # state (Up, Restarting, Exited) a later line reads while it changes, by the machine's timing
        self.v3 = seed >= 5160
        # the fourth (seeds 5316 on) adds a family of commands learners use that the earlier ones
        # never reach: commit, rename, the prunes and system df, logs -t, save/load, search
        self.v4 = seed >= 5316
        while len(self.lines) < length:
            self.step()
        self.lines = self.lines[:length]

    # ---- helpers
    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def new_name(self, pool, have):
        free = [n for n in pool if n not in have]
        return self.pick(free) if free and self.chance(0.9) else self.pick(pool)

    def some_ctr(self, state=None):
        xs = [n for n, s in self.ctrs.items() if state is None or s == state]
        if not xs and self.ctrs and self.chance(0.7):
            xs = list(self.ctrs)
        if xs and self.chance(0.92):
            return self.pick(xs)
        return self.pick(["nosuch", "webb", "missing-ctr"])

    def emit(self, *lines):
        self.lines.extend(lines)

    def step(self):
        fams = [(self.run, 22), (self.lifecycle, 12), (self.look, 16), (self.exec_, 7), (self.images, 8),
                (self.volumes, 6), (self.networks, 6), (self.build, 7), (self.compose_, 5), (self.host, 5),
                (self.mistake, 6)]
        if self.v4:
            fams.append((self.more, 6))
        total = sum(w for _, w in fams)
        x = self.r.uniform(0, total)
        for f, w in fams:
            x -= w
            if x <= 0:
                f()
                return
        fams[0][0]()

    # ---- flag spellings
    def flag(self, short, long, value):
        forms = ([f"{short} {value}"] if short else []) + [f"{long} {value}", f"{long}={value}"]
        return self.pick(forms)

    def run_flags(self, detached):
        fl = []
        if self.chance(0.3):
            fl.append(self.flag("-e", "--env", self.pick(["MODE=dev", "FOO=bar", "GREETING=hi", "A=1"])))
        if self.chance(0.1):
            fl.append("--env-file app.env")
        if self.chance(0.15):
            fl.append(self.flag("-w", "--workdir", self.pick(["/tmp", "/app", "/data"])))
        if self.chance(0.1):
            fl.append(self.flag("-u", "--user", self.pick(["1000", "nobody", "1000:1000", "www-data"])))
        if self.chance(0.1):
            fl.append(self.flag("-h", "--hostname", self.pick(["myhost", "box1"])) if self.chance(0.3)
                      else self.flag(None, "--hostname", self.pick(["myhost", "box1"])))
        if self.chance(0.15):
            fl.append(self.flag("-l", "--label", self.pick(["app=web", "tier=backend", "env=dev"])))
        if self.chance(0.15):
            v = self.pick(self.vols) if self.vols and self.chance(0.6) else self.pick(VOLUMES)
            if v not in self.vols:
                self.vols.append(v)
            fl.append(self.pick([f"-v {v}:/data", f"--volume {v}:/data", f"-v {v}:/data:ro",
                                 f"--mount type=volume,source={v},target=/data",
                                 f"--mount source={v},target=/data", "-v /data",
                                 "-v $(pwd):/data", "-v \"$PWD\"/hello.txt:/data/hello.txt:ro",
                                 "--mount type=bind,source=$(pwd),target=/data",
                                 "--mount type=tmpfs,target=/data", "--tmpfs /data"]))
        if self.chance(0.12) and self.nets:
            fl.append(self.pick([f"--network {self.pick(self.nets)}", f"--net={self.pick(self.nets)}",
                                 f"--network={self.pick(self.nets)}"]))
        elif self.chance(0.05):
            fl.append(self.pick(["--network none", "--network host", "--net=bridge"]))
        if self.chance(0.12):
            self.uses_alloc = True
            fl.append(self.pick(["-p 8080:80", "-p 127.0.0.1:8081:80", "--publish 9000:9000/tcp",
                                 "-p 8082:80/udp", "-P --expose 80", "--publish-all --expose=8000",
                                 "-p 80", "-p 8080-8081:80-81"]))
        if self.chance(0.08):
            fl.append(self.pick(["--restart no", "--restart=always", "--restart on-failure:3",
                                 "--restart unless-stopped"]))
        if self.chance(0.08):
            fl.append(self.pick(["-m 64m", "--memory=128m", "--cpus 0.5", "--cpus=1.5", "--memory 1g",
                                 "--cpu-shares 512"]))
        if self.chance(0.06):
            fl.append(self.pick(["--read-only", "--init", "--add-host db.local:10.0.0.5",
                                 "--dns 8.8.8.8", "--cap-add NET_ADMIN", "--privileged", "--ulimit nofile=1024:2048",
                                 "--stop-signal SIGINT", "--stop-timeout 5", "--log-driver none", "--shm-size 128m"]))
        if self.chance(0.05):
            fl.append(self.pick(["--entrypoint echo", "--entrypoint=\"\"", "--entrypoint sh"]))
        return fl

    def ctr_cmd(self):
        return self.pick(CTR_CMDS)

    # ---- families
    def run(self):
        r = self.r.random()
        name = self.new_name(NAMES, self.ctrs)
        fl = self.run_flags(r < 0.35)
        named = self.chance(0.75)
        if named:
            fl.insert(self.r.randint(0, len(fl)), self.pick([f"--name {name}", f"--name={name}"]))
        img = self.pick(["busybox"] * 6 + ["busybox:latest"] + (self.imgs or ["busybox"]))
        if r < 0.35:
            d = self.pick(["-d", "--detach", "-dit", "-itd", "-d -t", "-di"])
            cmd = self.pick(["sleep 300", "sleep 300", "sh", "top -b"])
            if self.v3:
                fl = [f for f in fl if not f.startswith("--entrypoint")]
                if cmd == "sh" and d in ("-d", "--detach"):
                    fl = [f for f in fl if not f.startswith("--restart") or f.endswith(" no")]
            line = " ".join(["docker run", d] + fl + [img, cmd])
            self.emit(line)
            if named:
                # a shell with neither stdin kept open (-i) nor a terminal (-t) ends at once
                ends = self.v2 and cmd == "sh" and d in ("-d", "--detach") and "--entrypoint" not in line
                self.ctrs.setdefault(name, "exited" if ends else "running")
        elif r < 0.5:
            cmd = self.ctr_cmd()
            line = " ".join(["docker create"] + fl + [img] + ([cmd] if self.chance(0.7) else []))
            self.emit(line)
            if named:
                self.ctrs.setdefault(name, "created")
        else:
            rm = self.chance(0.5)
            it = self.pick(["", "", "", "-i", "-t", "-it", "--interactive"])
            cmd = self.ctr_cmd() if self.chance(0.85) else ""
            if self.v3:
                fl = [f for f in fl if not f.startswith("--restart") or f.endswith(" no")]
            if "-t" in it and (not cmd or "--entrypoint" in " ".join(fl)):
                # a shell on a terminal with no input waits for ever on the real engine
                it = "-i"
            parts = ["docker run"] + (["--rm"] if rm else []) + ([it] if it else []) + fl + [img]
            if cmd:
                parts.append(cmd)
            self.emit(" ".join(parts))
            if named and not rm:
                self.ctrs.setdefault(name, "exited")
        if self.chance(0.15):
            self.emit(self.pick(["docker ps", "docker ps -a", "docker container ls -a"]))

    def lifecycle(self):
        r = self.r.random()
        if r < 0.15:
            n = self.some_ctr("created") if self.chance(0.6) else self.some_ctr()
            forms = [f"docker start {n}", f"docker container start {n}"]
            if self.ctrs.get(n) == "created":  # attaching to a running one would wait for ever
                forms.append(f"docker start -a {n}")
            self.emit(self.pick(forms))
            if n in self.ctrs:
                self.ctrs[n] = "running" if self.ctrs[n] != "paused" else "paused"
        elif r < 0.3:
            n = self.some_ctr("running")
            self.emit(self.pick([f"docker stop -t 0 {n}", f"docker stop --time=0 {n}", f"docker kill {n}",
                                 f"docker kill -s KILL {n}", f"docker container stop -t 0 {n}",
                                 f"docker kill --signal=SIGKILL {n}"]))
            if n in self.ctrs and self.ctrs[n] == "running":
                self.ctrs[n] = "exited"
        elif r < 0.4:
            n = self.some_ctr("running")
            self.emit(f"docker pause {n}")
            if self.ctrs.get(n) == "running":
                self.ctrs[n] = "paused"
                if self.chance(0.7):
                    self.emit(self.pick([f"docker unpause {n}", "docker ps", f"docker exec {n} echo hi"]))
        elif r < 0.5:
            n = self.some_ctr("paused") if self.chance(0.5) else self.some_ctr()
            self.emit(f"docker unpause {n}")
            if self.ctrs.get(n) == "paused":
                self.ctrs[n] = "running"
        elif r < 0.65:
            n = self.some_ctr()
            self.emit(self.pick([f"docker rm {n}", f"docker rm -f {n}", f"docker container rm {n}",
                                 f"docker rm --force {n}", f"docker rm -v {n}"]))
            st = self.ctrs.get(n)
            if st is not None and (st in ("exited", "created") or "-f" in self.lines[-1] or "force" in self.lines[-1]):
                del self.ctrs[n]
        elif r < 0.72:
            n = self.some_ctr()
            new = self.new_name(NAMES, self.ctrs)
            self.emit(f"docker rename {n} {new}")
            if n in self.ctrs and new not in self.ctrs:
                self.ctrs[new] = self.ctrs.pop(n)
        elif r < 0.8:
            n = self.some_ctr("exited") if self.chance(0.7) else self.some_ctr()
            if self.v2 and self.ctrs.get(n) in ("running", "paused"):
                n = self.pick(["nosuch", "missing-ctr"])  # waiting on a running one never ends
            self.emit(f"docker wait {n}")
        elif r < 0.86:
            n = self.some_ctr("running")
            self.emit(f"docker restart -t 0 {n}")
        elif r < 0.93:
            self.emit(self.pick(["docker container prune -f", "docker container prune --force",
                                 "docker rm $(docker ps -aq --filter status=exited)"]))
            for n in [n for n, s in self.ctrs.items() if s in ("exited", "created")]:
                del self.ctrs[n]
        else:
            n = self.some_ctr()
            self.emit(self.pick([f"docker update --restart always {n}", f"docker update -m 256m {n}",
                                 f"docker update --cpus 1 {n}"]))

    FORMATS_C = ["{{.State.Status}}", "{{.Name}}", "{{.Config.Image}}", "{{.State.ExitCode}}",
                 "{{.HostConfig.RestartPolicy.Name}}", "{{json .Config.Env}}", "{{.Config.Cmd}}",
                 "{{.NetworkSettings.IPAddress}}", "{{json .Mounts}}", "{{.Config.WorkingDir}}",
                 "{{.Config.User}}", "{{json .Config.Labels}}", "{{.HostConfig.Memory}}",
                 "{{.HostConfig.NanoCpus}}", "{{.Config.Hostname}}", "{{range .Mounts}}{{.Type}} {{.Destination}}{{end}}",
                 "{{json .NetworkSettings.Ports}}", "{{.State.Running}}", "{{.RestartCount}}",
                 "{{.HostConfig.NetworkMode}}", "{{.Config.Entrypoint}}", "{{json .HostConfig.PortBindings}}",
                 "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}", "{{.Nope}}",
                 "{{.HostConfig.ReadonlyRootfs}}", "{{.Path}} {{.Args}}", "{{.State.Paused}}"]
    PS_FMT = ["{{.Names}}", "{{.Names}} {{.Status}}", "table {{.Names}}\\t{{.Image}}\\t{{.Status}}",
              "{{.ID}} {{.Command}}", "{{.Names}}: {{.Ports}}", "{{json .Labels}}", "{{.Label \"app\"}}",
              "table {{.ID}}\\t{{.Names}}", "{{.Mounts}}", "{{.Networks}}", "{{.State}}", "json"]

    def look(self):
        r = self.r.random()
        if r < 0.3:
            base = self.pick(["docker ps", "docker ps -a", "docker container ls", "docker ps --all"])
            extra = self.pick(["", "", "-q", "--no-trunc", "-l", "-n 2", "-s",
                               f"--format '{self.pick(self.PS_FMT)}'",
                               f"--filter name={self.pick(NAMES)}", "--filter status=exited",
                               "--filter status=running", "--filter label=app=web", "-f ancestor=busybox",
                               "--filter exited=0", "-aq"])
            self.emit(f"{base} {extra}".strip())
        elif r < 0.55:
            n = self.some_ctr()
            f = self.pick(self.FORMATS_C)
            self.emit(self.pick([f"docker inspect --format '{f}' {n}", f"docker inspect -f '{f}' {n}",
                                 f"docker container inspect --format='{f}' {n}",
                                 f"docker inspect {n} | grep -c Id", f"docker inspect --type container -f '{f}' {n}"]))
        elif r < 0.75:
            n = self.some_ctr("exited") if self.chance(0.7) else self.some_ctr()
            self.emit(self.pick([f"docker logs {n}", f"docker logs --tail 1 {n}", f"docker container logs {n}",
                                 f"docker logs -n 2 {n}", f"docker logs --tail=all {n}"]))
        elif r < 0.85:
            n = self.some_ctr()
            self.emit(self.pick([f"docker port {n}", f"docker port {n} 80", f"docker diff {n}"]))
        elif r < 0.92:
            self.emit(self.pick(["docker version --format '{{.Server.Version}}'", "docker --version",
                                 "docker info --format '{{.Containers}} {{.ContainersRunning}} {{.Images}}'",
"docker system df --format '{{.Type}}'",
                                 "docker compose version --short"]))
        else:
            n = self.some_ctr()
            self.emit(self.pick([f"docker cp hello.txt {n}:/tmp/hello.txt", f"docker cp {n}:/etc/hostname ./hn.txt",
                                 f"docker cp {n}:/nosuch ./x", f"docker export {n} | tar -t | grep -c bin"]))

    def exec_(self):
        n = self.some_ctr("running")
        fl = self.pick(["", "", "-i", "-t", "-it", "-u nobody", "--user=1000", "-w /tmp", "--workdir=/etc",
                        "-e X=1", "--env X=1", "-d", "--privileged"])
        cmd = self.pick(["echo hi", "hostname", "whoami", "pwd", "ls /data", "cat /etc/hostname",
                         "sh -c 'echo $X'", "env", "nosuchcmd", "touch /tmp/newfile", "ps", "id -u",
                         "sh -c 'echo hello > /data/file.txt'", "cat /data/file.txt"])
        self.emit(f"docker exec {fl} {n} {cmd}".replace("  ", " "))
        if "touch" in cmd and self.chance(0.5):
            self.emit(f"docker diff {n}")

    def images(self):
        r = self.r.random()
        if r < 0.25:
            self.emit(self.pick(["docker images", "docker image ls", "docker images -q", "docker images busybox",
                                 "docker images --format '{{.Repository}}:{{.Tag}}'", "docker images -a",
                                 "docker image ls --filter dangling=true", "docker images --no-trunc -q",
                                 "docker images --format 'table {{.Repository}}\\t{{.Tag}}'",
                                 "docker image ls --filter reference='busy*'"]))
        elif r < 0.45:
            src = self.pick(["busybox"] + self.imgs) if self.chance(0.9) else "nosuchimage"
            dst = self.pick(IMAGES + ["localhost:5000/busybox", "MyImage", "learner/busybox:v1"])
            self.emit(self.pick([f"docker tag {src} {dst}", f"docker image tag {src} {dst}"]))
            if src != "nosuchimage" and dst != "MyImage":
                self.imgs.append(dst)
        elif r < 0.6:
            t = self.pick(self.imgs) if self.imgs and self.chance(0.8) else self.pick(["busybox", "nosuchimage"])
            self.emit(self.pick([f"docker rmi {t}", f"docker image rm {t}", f"docker rmi -f {t}"]))
            if t in self.imgs and ("-f" in self.lines[-1] or self.chance(0.5)):
                self.imgs.remove(t)
        elif r < 0.75:
            t = self.pick(self.imgs + ["busybox"])
            self.emit(self.pick([f"docker history {t}", f"docker history -q {t}", f"docker history --no-trunc {t}",
                                 f"docker image history --format '{{{{.CreatedBy}}}}' {t}"]))
        elif r < 0.9:
            t = self.pick(self.imgs + ["busybox"])
            f = self.pick(["{{.Os}}/{{.Architecture}}", "{{json .Config.Cmd}}", "{{.Config.Env}}",
                           "{{json .RepoTags}}", "{{.Config.WorkingDir}}", "{{json .Config.ExposedPorts}}",
                           "{{json .Config.Labels}}", "{{len .RootFS.Layers}}", "{{.Config.Entrypoint}}"])
            self.emit(self.pick([f"docker image inspect -f '{f}' {t}", f"docker inspect --format '{f}' {t}"]))
        else:
            self.emit(self.pick(["docker image prune -f", "docker save -o bb.tar busybox && ls",
                                 "docker save busybox | tar -t | head -3", "docker image prune -a -f"]))

    def volumes(self):
        r = self.r.random()
        v = self.new_name(VOLUMES, self.vols)
        if r < 0.3:
            self.emit(self.pick([f"docker volume create {v}", f"docker volume create --name {v}",
                                 f"docker volume create {v} --label env=dev", f"docker volume create --driver local {v}"]))
            if v not in self.vols:
                self.vols.append(v)
        elif r < 0.5:
            self.emit(self.pick(["docker volume ls", "docker volume ls -q", "docker volume ls --filter dangling=true",
                                 "docker volume ls --format '{{.Name}} {{.Driver}}'"]))
        elif r < 0.7:
            v = self.pick(self.vols) if self.vols else v
            self.emit(self.pick([f"docker volume inspect {v}", f"docker volume inspect -f '{{{{.Mountpoint}}}}' {v}",
                                 f"docker volume inspect --format '{{{{.Name}}}} {{{{.Driver}}}}' {v}"]))
        elif r < 0.85:
            v = self.pick(self.vols) if self.vols else v
            self.emit(self.pick([f"docker volume rm {v}", f"docker volume rm -f {v}"]))
            if v in self.vols:
                self.vols.remove(v)
        else:
            self.emit(self.pick(["docker volume prune -f", "docker volume prune -a -f", "docker volume prune --force"]))

    def networks(self):
        self.uses_alloc = True
        r = self.r.random()
        n = self.new_name(NETWORKS, self.nets)
        if r < 0.3:
            self.emit(self.pick([f"docker network create {n}", f"docker network create --driver bridge {n}",
                                 f"docker network create {n} --driver bridge", f"docker network create -d bridge {n}",
                                 f"docker network create --subnet 10.10.0.0/24 {n}", f"docker network create --internal {n}",
                                 f"docker network create -d overlay {n}", f"docker network create --label env=dev {n}"]))
            if n not in self.nets and "overlay" not in self.lines[-1]:
                self.nets.append(n)
        elif r < 0.5:
            self.emit(self.pick(["docker network ls", "docker network ls -q", "docker network ls --filter driver=bridge",
                                 "docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'"]))
        elif r < 0.65:
            n = self.pick(self.nets + ["bridge", "host", "none"])
            self.emit(self.pick([f"docker network inspect {n}", f"docker network inspect -f '{{{{.IPAM.Config}}}}' {n}",
                                 f"docker network inspect --format '{{{{range .Containers}}}}{{{{.Name}}}} {{{{end}}}}' {n}",
                                 f"docker network inspect -f '{{{{.Driver}}}} {{{{.Internal}}}}' {n}"]))
        elif r < 0.8:
            n = self.pick(self.nets) if self.nets else n
            c = self.some_ctr()
            self.emit(self.pick([f"docker network connect {n} {c}", f"docker network disconnect {n} {c}",
                                 f"docker network connect --alias db {n} {c}"]))
        elif r < 0.9:
            n = self.pick(self.nets) if self.nets else n
            self.emit(self.pick([f"docker network rm {n}", f"docker network rm bridge"]))
            if n in self.nets and self.lines[-1].endswith(n):
                self.nets.remove(n)
        else:
            self.emit(self.pick(["docker network prune -f", "docker network prune --force"]))
            self.nets = []

    def build(self):
        df = self.pick(list(DOCKERFILES))
        tag = self.pick(IMAGES)
        fflag = "" if df == "Dockerfile" else self.pick([f"-f {df} ", f"--file {df} ", f"--file={df} "])
        mode = self.pick(["", "", "-q ", "--no-cache ", "DOCKER_BUILDKIT=0 ", "--progress=plain "])
        extra = ""
        if df == "Dockerfile.arg" and self.chance(0.6):
            extra = self.pick(["--build-arg VERSION=2.0 ", "--build-arg=VERSION=3 "])
        if df == "Dockerfile.multi" and self.chance(0.4):
            extra = "--target build "
        tflag = self.pick([f"-t {tag} ", f"--tag {tag} ", f"--tag={tag} ", ""])
        if mode == "DOCKER_BUILDKIT=0 ":
            line = f"DOCKER_BUILDKIT=0 docker build {tflag}{fflag}{extra}."
        else:
            line = f"docker build {mode}{tflag}{fflag}{extra}."
        self.emit(line)
        if tflag and df not in ("Dockerfile.fail", "Dockerfile.typo", "Dockerfile.nofrom", "Dockerfile.missing",
                                "Dockerfile.badimg"):
            self.imgs.append(tag)
            if df != "Dockerfile.scratch" and self.chance(0.6):
                self.emit(f"docker run --rm {tag}")
            elif self.chance(0.3):
                self.emit("docker images")

    def compose_(self):
        self.uses_alloc = True
        cf = self.pick(list(COMPOSE))
        fl = "" if cf == "compose.yaml" else f"-f {cf} "
        cli = "docker compose" if self.chance(0.85) else "docker-compose"
        self.emit(f"{cli} {fl}up -d" if cf != "compose-once.yaml" else f"{cli} {fl}up")
        for _ in range(self.r.randint(1, 3)):
            self.emit(self.pick([f"{cli} {fl}ps", f"{cli} {fl}ps -a", f"{cli} {fl}logs", f"{cli} {fl}config",
                                 f"{cli} {fl}ps --services", f"{cli} {fl}exec -T web echo hi", f"{cli} {fl}images",
                                 f"{cli} {fl}run --rm web echo once", f"{cli} {fl}top" if False else f"{cli} {fl}ps -q",
                                 "docker ps --format '{{.Names}}'", "docker network ls",
                                 f"{cli} {fl}config --services"]))
        if self.chance(0.8):
            self.emit(self.pick([f"{cli} {fl}down -t 0", f"{cli} {fl}down -t 0 -v", f"{cli} {fl}stop -t 0",
                                 f"{cli} {fl}rm -f"]))

    def more(self):
        """The fourth model's family (seeds 5316 on): commit, rename, prunes, system df, logs -t, save/load, search."""
        n = self.some_ctr()
        r = self.r.random()
        if r < 0.2:
            tag = self.pick(IMAGES)
            self.emit(self.pick([f"docker commit {n} {tag}", f"docker container commit {n} {tag}",
                                 f"docker commit -m 'a note' {n} {tag}"]))
            if n in self.ctrs:
                self.imgs.append(tag)
                if self.chance(0.5):
                    self.emit(self.pick([f"docker history -q {tag} | wc -l", f"docker run --rm {tag} ls /tmp"]))
        elif r < 0.35:
            new = self.new_name(NAMES, self.ctrs)
            self.emit(self.pick([f"docker rename {n} {new}", f"docker container rename {n} {new}"]))
            if n in self.ctrs and new not in self.ctrs:
                self.ctrs[new] = self.ctrs.pop(n)
        elif r < 0.6:
            what = self.pick(["docker system df", "docker container prune -f", "docker volume prune -f",
                              "docker network prune -f", "docker builder prune -f", "docker system prune -f",
                              "docker container prune --force", "docker system df --format '{{.Type}}'"])
            self.emit(what)
            if "container prune" in what or "system prune" in what:
                for k in [k for k, v in self.ctrs.items() if v in ("exited", "created")]:
                    del self.ctrs[k]
            if "network prune" in what or "system prune" in what:
                self.nets = []
        elif r < 0.75:
            self.emit(self.pick([f"docker logs -t {n}", f"docker logs --timestamps --tail 1 {n}", f"docker container logs -n 2 {n}"]))
        elif r < 0.9:
            self.emit(self.pick(["docker save -o bb.tar busybox && docker load -i bb.tar", "docker search busybox",
                                 "docker save busybox > bb.tar && docker load < bb.tar"]))
        else:
            self.emit(self.pick(["docker save -o bb.tar busybox && docker load -q -i bb.tar", "docker search --limit 3 nginx"]))

    def host(self):
        self.emit(self.pick(["ls", "pwd", "cat hello.txt", "echo hi > note.txt && cat note.txt", "mkdir -p data && ls",
                             "docker ps | wc -l", "docker images | grep busybox | wc -l", "docker ps -a | grep -c Exited",
                             "docker ps -aq | wc -l", "cat Dockerfile", "ls data", "docker info 2>&1 | grep -c Containers",
                             "docker run --rm busybox echo piped | tr a-z A-Z", "echo $?",
                             "docker inspect busybox > inspect.json; echo $?",
                             "docker run --rm -i busybox cat < hello.txt", "echo hello | docker run --rm -i busybox wc -c"]))

    def mistake(self):
        n = self.some_ctr()
        self.emit(self.pick([
            "docker run", "docker rm", "docker start", "docker stop", "docker exec web", "docker logs",
            "docker run --nmae web busybox", "docker run -p 99999:80 busybox", "docker run -p abc busybox",
            "docker run --restart sometimes busybox", "docker run -m 64x busybox", "docker run --cpus two busybox",
            "docker ruin busybox", "docker contianer ls", "docker ps --fromat '{{.Names}}'", "docker run nosuchimage",
            "docker run Busybox", "docker run busybox:nosuchtag", "docker pull nosuchimage",
            f"docker exec {n}", "docker run -e busybox", "docker network create", "docker volume rm",
            "docker tag busybox", "docker rmi", "docker build", "docker build nosuchdir", "docker inspect",
            f"docker inspect -f '{{{{.State.Status}}' {n}", "docker images --format '{{.Nope}}'",
            "docker run --name bad/name busybox", "docker run -v :/data busybox", "docker run -w relative busybox pwd",
            "docker run --network nosuchnet busybox", "docker run -d --rm --restart always busybox",
            "docker compose -f nosuch.yaml up", "docker network rm nosuchnet", "docker volume inspect nosuchvol",
            "docker port nosuch", "docker kill -s NOSIG nosuch", "docker run --rm busybox sleep", "docker --nope",
            "docker ps -a --filter nosuch=1", "docker stop -t x web", "docker run -it", "docker image ls --nope",
        ]))
