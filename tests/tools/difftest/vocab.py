"""The differential tester's vocabulary: the names, container commands, Dockerfiles and compose
files the generated sessions use (gen.py draws from them; difftest.py's shrinker recognises them)."""

NAMES = ["web", "db", "app", "cache", "worker", "api", "frontend", "backend", "my-busybox", "test1",
         "c1", "c2", "box", "sleeper", "job"]
VOLUMES = ["data", "db-data", "mydata", "logs", "app_vol", "cache-vol"]
NETWORKS = ["mynet", "app-net", "backend", "frontend-net", "net1"]
IMAGES = ["myapp", "myimage:1.0", "hello", "web:v1", "learner/tool", "tool:latest", "app:2"]
ECHO_WORDS = ["hello", "hello world", "hi", "Hello from busybox", "test", "kujira", "42"]

# Commands run inside a busybox container whose output does not depend on the host.
CTR_CMDS = [
    "echo hello", "echo hello world", "hostname", "whoami", "id", "pwd", "ls /", "ls /etc",
    "cat /etc/hostname", "cat /etc/hosts", "cat /etc/passwd", "uname -s", "sh -c 'echo $HOME'",
    "sh -c 'echo $PATH'", "env", "ls /bin | head -3", "sh -c 'exit 3'", "false", "true",
    "ls /nonexistent", "nosuchcmd", "cat /etc/os-release", "sh -c 'echo $0'", "printenv HOSTNAME",
    "ls -ld /tmp", "sh -c 'cd /tmp && pwd'", "wc -l /etc/passwd", "ps", "ls /data",
    "sh -c 'echo hi > /tmp/x && cat /tmp/x'", "expr 6 \\* 7", "basename /usr/local/bin",
    "seq 3", "printf '%s\\n' a b", "head -1 /etc/group", "cat /proc/1/cmdline",
]

DOCKERFILES = {
    "Dockerfile": "FROM busybox\nRUN echo built > /built.txt\nCMD [\"cat\", \"/built.txt\"]\n",
    "Dockerfile.env": "FROM busybox\nENV GREETING=hello NAME=kujira\nWORKDIR /app\nCOPY hello.txt .\n"
                      "CMD [\"sh\", \"-c\", \"echo $GREETING $NAME; cat hello.txt\"]\n",
    "Dockerfile.arg": "FROM busybox\nARG VERSION=1.0\nLABEL version=$VERSION\nRUN echo $VERSION > /v\n"
                      "CMD cat /v\n",
    "Dockerfile.multi": "FROM busybox AS build\nRUN echo artifact > /out.txt\n\nFROM busybox\n"
                        "COPY --from=build /out.txt /out.txt\nCMD [\"cat\", \"/out.txt\"]\n",
    "Dockerfile.entry": "FROM busybox\nENTRYPOINT [\"echo\", \"entry:\"]\nCMD [\"default\"]\n",
    "Dockerfile.user": "FROM busybox\nRUN adduser -D appuser\nUSER appuser\nCMD [\"whoami\"]\n",
    "Dockerfile.expose": "FROM busybox\nEXPOSE 80 443/tcp\nVOLUME /data\nCMD [\"sh\"]\n",
    "Dockerfile.scratch": "FROM scratch\nCOPY hello.txt /\n",
    "Dockerfile.fail": "FROM busybox\nRUN echo step1\nRUN exit 2\n",
    "Dockerfile.typo": "FROM busybox\nRUNN echo oops\n",
    "Dockerfile.nofrom": "RUN echo hi\n",
    "Dockerfile.missing": "FROM busybox\nCOPY nosuchfile.txt /\n",
    "Dockerfile.badimg": "FROM nosuchimage:1.0\nCMD echo\n",
    "Dockerfile.shell": "FROM busybox\nRUN mkdir -p /app && echo 'echo from script' > /app/run.sh\n"
                        "WORKDIR /app\nCMD sh run.sh\n",
}
COMPOSE = {
    "compose.yaml": "services:\n  web:\n    image: busybox\n    command: sleep 300\n"
                    "    stop_grace_period: 1s\n",
    "compose-two.yaml": "services:\n  app:\n    image: busybox\n    command: sleep 300\n    depends_on:\n"
                        "      - db\n  db:\n    image: busybox\n    command: sleep 300\n    environment:\n"
                        "      - DB_NAME=test\n",
    "compose-vol.yaml": "services:\n  web:\n    image: busybox\n    command: sleep 300\n    volumes:\n"
                        "      - data:/data\n    ports:\n      - \"8080:80\"\nvolumes:\n  data:\n",
    "compose-once.yaml": "services:\n  hello:\n    image: busybox\n    command: echo hello from compose\n",
    "compose-bad.yaml": "services:\n  web:\n    image: busybox\n    command: sleep 300\n    ports: 8080\n",
    "compose-build.yaml": "services:\n  app:\n    build: .\n    command: sleep 300\n",
    "compose-yamlerr.yaml": "services:\n  web:\n    image: busybox\n   command: sleep 300\n",
}
FILES = {"hello.txt": "hello from a file\n", "app.env": "APP_MODE=dev\n# a comment\nAPP_PORT=8080\n",
         "index.html": "<h1>hi</h1>\n"}
