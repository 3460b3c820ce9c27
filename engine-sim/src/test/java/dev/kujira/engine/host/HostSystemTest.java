package dev.kujira.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kujira.engine.Engine;
import dev.kujira.engine.EngineOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Debian host's own system tools as the notes use them: systemctl for the docker units
 * (systemd 252's wording), iproute2's {@code ip}, ncurses' {@code clear}, and a volume's
 * directory seen at once by the same command line.
 */
class HostSystemTest {
  private Engine engine;

  @BeforeEach
  void setUp() throws java.io.IOException {
    engine = Engine.create(EngineOptions.defaults());
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void systemctlStatusShowsTheRunningDaemonInSystemdsLayout() {
    var r = engine.run("sudo systemctl status docker");
    String[] lines = r.stdout().split("\n");
    assertThat(lines[0]).isEqualTo("\u25cf docker.service - Docker Application Container Engine");
    assertThat(lines[1]).isEqualTo("     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)");
    assertThat(lines[2]).matches("     Active: active \\(running\\) since \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC; (now|.+ ago)");
    assertThat(lines[3]).isEqualTo("TriggeredBy: \u25cf docker.socket");
    assertThat(r.stdout()).contains("     CGroup: /system.slice/docker.service\n             \u2514\u2500771 /usr/sbin/dockerd -H fd://")
        .contains("kujira systemd[1]: Started docker.service - Docker Application Container Engine.");
    assertThat(engine.run("systemctl is-active docker").stdout()).isEqualTo("active\n");
    assertThat(engine.run("systemctl is-active containerd").stdout()).isEqualTo("active\n");
    assertThat(engine.run("sudo systemctl start docker").exitCode()).isZero();
  }

  @Test
  void enableAndDisableMoveTheWantsSymlink() {
    assertThat(engine.run("systemctl is-enabled docker").stdout()).isEqualTo("enabled\n");
    var off = engine.run("systemctl disable docker");
    assertThat(off.stderr()).endsWith("Removed \"/etc/systemd/system/multi-user.target.wants/docker.service\".\n");
    assertThat(engine.run("systemctl is-enabled docker").exitCode()).isEqualTo(1);
    var on = engine.run("systemctl enable docker");
    assertThat(on.stderr()).contains("Created symlink /etc/systemd/system/multi-user.target.wants/docker.service"
        + " \u2192 /usr/lib/systemd/system/docker.service.");
    assertThat(engine.run("systemctl status docker").stdout()).contains("docker.service; enabled;");
  }

  @Test
  void unknownUnitsGetSystemdsErrors() {
    var status = engine.run("systemctl status nosuch");
    assertThat(status.stderr()).isEqualTo("Unit nosuch.service could not be found.\n");
    assertThat(status.exitCode()).isEqualTo(4);
    var start = engine.run("systemctl start nosuch");
    assertThat(start.stderr()).isEqualTo("Failed to start nosuch.service: Unit nosuch.service not found.\n");
    assertThat(start.exitCode()).isEqualTo(5);
    assertThat(engine.run("systemctl is-active nosuch").exitCode()).isEqualTo(3);
    // Stopping the daemon is not simulated, and says so; docker keeps answering.
    assertThat(engine.run("systemctl stop docker").stderr()).contains("not simulated");
    assertThat(engine.run("docker ps").exitCode()).isZero();
  }

  @Test
  void systemdsRelativeTimes() {
    assertThat(Systemctl.ago(0)).isEqualTo("now");
    assertThat(Systemctl.ago(1_000)).isEqualTo("1s ago");
    assertThat(Systemctl.ago(125_000)).isEqualTo("2min 5s ago");
    assertThat(Systemctl.ago(7 * 60_000)).isEqualTo("7min ago");
    assertThat(Systemctl.ago(65 * 60_000)).isEqualTo("1h 5min ago");
    assertThat(Systemctl.ago(3 * 86_400_000L)).isEqualTo("3 days ago");
  }

  @Test
  void ipOnTheHostIsIproute2s() {
    engine.run("docker pull -q busybox");
    engine.run("docker run -d --name s1 busybox sleep 1000");
    String a = engine.run("ip a").stdout();
    assertThat(a).startsWith("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n"
        + "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n");
    assertThat(a).contains(": docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default \n");
    assertThat(a).containsPattern("\\d+: veth[0-9a-f]{7}@if\\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue"
        + " master docker0 state UP group default \n    link/ether [0-9a-f:]{17} brd ff:ff:ff:ff:ff:ff link-netnsid 0\n");
    assertThat(engine.run("ip link").stdout()).contains("state UNKNOWN mode DEFAULT group default qlen 1000\n");
    assertThat(engine.run("ip route").stdout()).contains("172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 \n");
    engine.run("docker rm -f s1");
    assertThat(engine.run("ip route").stdout()).contains("172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown \n");
    assertThat(engine.run("ip a show docker0").stdout()).startsWith("3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500"
        + " qdisc noqueue state DOWN group default \n");
    var missing = engine.run("ip link show nosuch");
    assertThat(missing.stderr()).isEqualTo("Device \"nosuch\" does not exist.\n");
    // Containers keep busybox's ip.
    assertThat(engine.run("docker run --rm busybox ip route").stdout()).doesNotContain("proto kernel");
  }

  @Test
  void linkLocalAddressesAreEui64() {
    assertThat(HostIp.linkLocal("02:42:94:b3:5f:c3")).isEqualTo("fe80::42:94ff:feb3:5fc3");
  }

  @Test
  void clearIsNcursesClear() {
    assertThat(engine.run("clear").stdout()).isEqualTo("\033[H\033[2J\033[3J");
  }

  @Test
  void aVolumeIsOnTheHostWithinTheSameLine_dataDatedItsCreation() {
    var r = engine.run("docker volume create vm1; ls -a /var/lib/docker/volumes/vm1");
    assertThat(r.stdout()).isEqualTo("vm1\n.\n..\n_data\n");
    // _data is dated its creation, as the volume's own directory is (not 1970).
    String parent = engine.run("ls -ld /var/lib/docker/volumes/vm1").stdout();
    String data = engine.run("ls -ld /var/lib/docker/volumes/vm1/_data").stdout();
    assertThat(data).startsWith("drwxr-xr-x 2 root root 4096 ").doesNotContain("1970");
    assertThat(data.substring(28, 41)).isEqualTo(parent.substring(parent.indexOf(" 4096 ") + 6).substring(0, 13));
  }

  @Test
  void aptOnTheHostInstallsFromTheCatalogue_andKnowsWhatIsInstalled() {
    var r = engine.run("sudo apt install -y python3 python3-pip");
    assertThat(r.stderr()).isEqualTo("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n");
    assertThat(r.stdout()).contains("Setting up python3-pip (23.0.1+dfsg-1) ...\n");
    assertThat(r.exitCode()).isZero();
    assertThat(engine.run("which pip3 python3").stdout()).isEqualTo("/usr/bin/pip3\n/usr/bin/python3\n");
    assertThat(engine.run("python3 --version").exitCode()).isZero();
    var again = engine.run("apt-get install -y python3");
    assertThat(again.stdout()).contains("python3 is already the newest version (3.11.2-1+b1).\n"
        + "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
    // The host has Debian's docker packages: the notes' `apt install docker-compose` finds it installed.
    assertThat(engine.run("apt-get install -y docker-compose").stdout())
        .contains("docker-compose is already the newest version (2.26.1-4).");
    assertThat(engine.run("apt-get install -y curl").stdout()).contains("curl is already the newest version");
    assertThat(engine.run("apt-get install -y nosuchpkg").stderr()).isEqualTo("E: Unable to locate package nosuchpkg\n");
  }
}
