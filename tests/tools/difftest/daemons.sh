#!/usr/bin/env bash
# Private Docker daemons for the differential tester, each in its own network namespace, so that
# several generated sessions run at once and stay independent: each daemon has its own data root,
# bridges, iptables rules, address pools and published ports. They use the binaries that
# ../shared/conformance/real-docker.sh installed. Inside each namespace the loopback carries
# the host's resolver address (10.255.255.53 here, read from /etc/resolv.conf) and a tiny resolver
# answers every query with NXDOMAIN, so that a pull fails with the very message the shared daemon
# prints on this machine ("lookup registry-1.docker.io on 10.255.255.53:53: no such host").
#   daemons.sh start N | stop N | restart N | env N | reset N
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARED=${KUJIRA_SHARED:-$here/../../../../shared}
REAL=/tmp/real-docker
n=${2:?daemon number}
ROOT=/tmp/difftest-d$n
NS=difftest$n
SOCK=$ROOT/docker.sock
PATHS="$REAL/runcbin:$REAL/pkg/usr/sbin:$REAL/pkg/usr/bin"
DNS=$(awk '/^nameserver/{print $2; exit}' /etc/resolv.conf)

envlines() {
  echo "export DOCKER_HOST=unix://$SOCK"
  echo "export PATH=$PATHS:\$PATH"
  echo "export DOCKER_CONFIG=$REAL/config"
}
d() { DOCKER_HOST=unix://$SOCK DOCKER_CONFIG=$REAL/config "$REAL/pkg/usr/bin/docker" "$@"; }
inns() { nsenter --net=/var/run/netns/$NS "$@"; }

start() {
  if [ -S "$SOCK" ] && d info >/dev/null 2>&1; then return 0; fi
  mkdir -p "$ROOT/data" "$ROOT/exec"
  # a namespace file whose mount went (the machine restarted) is stale: nsenter fails on it; make it anew
  if [ -e /var/run/netns/$NS ] && ! inns true 2>/dev/null; then ip netns delete $NS 2>/dev/null || rm -f /var/run/netns/$NS; fi
  [ -e /var/run/netns/$NS ] || ip netns add $NS
  inns ip link set lo up
  grep -q " $DNS/" <<<"$(inns ip -o addr show dev lo)" || inns ip addr add "$DNS/32" dev lo
  pgrep -f "nxdomain.py $NS" >/dev/null || (setsid nsenter --net=/var/run/netns/$NS python3 "$here/nxdomain.py" "$NS" "$DNS" >"$ROOT/dns.log" 2>&1 &)
  (setsid nsenter --net=/var/run/netns/$NS env PATH="$PATHS:$PATH" dockerd --storage-driver=vfs --data-root="$ROOT/data" \
      --exec-root="$ROOT/exec" -H "unix://$SOCK" --pidfile "$ROOT/dockerd.pid" >"$ROOT/dockerd.log" 2>&1 &)
  for _ in $(seq 1 60); do d info >/dev/null 2>&1 && break; sleep 0.5; done
  d info >/dev/null 2>&1 || { tail -20 "$ROOT/dockerd.log" >&2; exit 1; }
  d image inspect busybox:latest >/dev/null 2>&1 || d load -q -i "$SHARED/conformance/busybox-image.tar" >/dev/null
}

stop() {
  local pid=""
  [ -f "$ROOT/dockerd.pid" ] && pid=$(cat "$ROOT/dockerd.pid")
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  if [ -n "$pid" ]; then for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done; fi
  return 0
}

# everything but busybox:latest goes, in as few client calls as possible
reset() {
  local ids
  ids=$(d ps -aq); [ -z "$ids" ] || d rm -f $ids >/dev/null 2>&1 || true
  d network prune -f >/dev/null 2>&1 || true
  ids=$(d volume ls -q); [ -z "$ids" ] || d volume rm -f $ids >/dev/null 2>&1 || true
  local bb; bb=$(d image inspect -f '{{.Id}}' busybox:latest 2>/dev/null || true)
  ids=$(d images -a --no-trunc --format '{{.ID}}' | sort -u | grep -vx "$bb" || true)
  [ -z "$ids" ] || d rmi -f $ids >/dev/null 2>&1 || true
  ids=$(d images --format '{{.Repository}}:{{.Tag}}' | grep -vx 'busybox:latest' | grep -v '<none>' || true)
  [ -z "$ids" ] || d rmi $ids >/dev/null 2>&1 || true
  d builder prune -af >/dev/null 2>&1 || true
  d image inspect busybox:latest >/dev/null 2>&1 || d load -q -i "$SHARED/conformance/busybox-image.tar" >/dev/null
}

# ends the daemon and its namespace's resolver; the namespace itself stays for the next start
down() {
  stop
  pkill -f "nxdomain.py $NS" 2>/dev/null || true
}

case "${1:-}" in
  start) start ;;
  stop) down ;;
  restart) stop; start ;;
  env) envlines ;;
  reset) reset ;;
  *) echo "usage: $0 start|stop|restart|env|reset N" >&2; exit 2 ;;
esac
