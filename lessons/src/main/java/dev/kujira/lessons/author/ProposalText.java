package dev.kujira.lessons.author;

import dev.kujira.lessons.drill.DrillYaml;
import dev.kujira.lessons.model.Text;
import dev.kujira.lessons.state.ContainerFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the goal and the words of a proposal about a container or a compose project. */
final class ProposalText {
  private ProposalText() {
  }

  static Proposal container(ContainerFacts c) {
    List<String> props = new ArrayList<>();
    props.add("name: " + DrillYaml.quote(c.name()));
    props.add("image: " + DrillYaml.quote(c.image()));
    props.add("state: " + c.state());
    StringBuilder ja = new StringBuilder(c.name() + " という名前のコンテナを " + c.image() + " から");
    StringBuilder en = new StringBuilder("A container named " + c.name() + " from " + c.image());
    if (c.state().equals("exited")) {
      props.add("exitCode: " + c.exitCode());
    }
    if (!c.ports().isEmpty()) {
      List<String> ports = new ArrayList<>();
      for (ContainerFacts.PortFacts p : c.ports()) {
        String ip = p.hostIp().isEmpty() || p.hostIp().equals("0.0.0.0") || p.hostIp().equals("::") ? "" : p.hostIp() + ":";
        String port = ip + p.hostPort() + ":" + p.containerPort() + (p.proto().equals("tcp") ? "" : "/" + p.proto());
        if (!ports.contains(DrillYaml.quote(port))) {
          ports.add(DrillYaml.quote(port));
          ja.append("、ホストの ").append(p.hostPort()).append(" 番をコンテナの ").append(p.containerPort()).append(" 番に公開して");
          en.append(", host port ").append(p.hostPort()).append(" published to ").append(p.containerPort());
        }
      }
      props.add("publish: [" + String.join(", ", ports) + "]");
    }
    List<String> nets = new ArrayList<>();
    for (ContainerFacts.EndpointFacts n : c.networks()) {
      if (!n.network().equals("bridge")) {
        nets.add(DrillYaml.quote(n.network()));
        ja.append("、ネットワーク ").append(n.network()).append(" につないで");
        en.append(", on the network ").append(n.network());
      }
    }
    if (!nets.isEmpty()) {
      props.add("network: [" + String.join(", ", nets) + "]");
    }
    List<String> mounts = new ArrayList<>();
    for (ContainerFacts.MountFacts m : c.mounts()) {
      if (m.type().equals("volume") && m.source().matches("[0-9a-f]{64}")) {
        continue; // an anonymous volume the image declared: not the author's doing
      }
      mounts.add("{type: " + m.type() + (m.source().isEmpty() ? "" : ", source: " + DrillYaml.quote(m.source()))
          + ", target: " + DrillYaml.quote(m.target()) + (m.readOnly() ? ", readOnly: true" : "") + "}");
      ja.append("、").append(m.source().isEmpty() ? m.type() : m.source()).append(" を ").append(m.target()).append(" にマウントして");
      en.append(", with ").append(m.source().isEmpty() ? m.type() : m.source()).append(" mounted at ").append(m.target());
    }
    if (!mounts.isEmpty()) {
      props.add("mount: [" + String.join(", ", mounts) + "]");
    }
    if (!c.restartPolicy().isEmpty() && !c.restartPolicy().equals("no")) {
      props.add("restart: " + c.restartPolicy());
      ja.append("、再起動ポリシー ").append(c.restartPolicy()).append(" で");
      en.append(", restart policy ").append(c.restartPolicy());
    }
    String verbJa = switch (c.state()) {
      case "running" -> "起動し、動かしたままにする";
      case "exited" -> "実行して、終了コード " + c.exitCode() + " で終わらせる";
      case "created" -> "作る（起動はしない）";
      default -> "用意し、状態を " + c.state() + " にする";
    };
    String verbEn = switch (c.state()) {
      case "running" -> ", left running";
      case "exited" -> ", run until it exits with code " + c.exitCode();
      case "created" -> ", created but not started";
      default -> ", in state " + c.state();
    };
    return new Proposal("{container: {" + String.join(", ", props) + "}}",
        new Text(ja + verbJa, en + verbEn),
        new Text("コンテナの設定は作るときに決まります。`docker run` のオプションで指定します。",
            "A container's settings are fixed when it is created: they are options of `docker run`."));
  }

  static Proposal compose(String project, Map<String, Integer> services) {
    List<String> s = new ArrayList<>();
    services.forEach((name, n) -> s.add(DrillYaml.quote(name) + ": " + n));
    return new Proposal("{compose: {project: " + DrillYaml.quote(project) + ", services: {" + String.join(", ", s) + "}}}",
        new Text("Compose プロジェクト " + project + " を起動する（" + services + "）",
            "Bring the Compose project " + project + " up (" + services + ")"),
        new Text("`docker compose up -d` で、compose.yaml のサービスをまとめて起動します。",
            "`docker compose up -d` starts every service of compose.yaml."));
  }
}
