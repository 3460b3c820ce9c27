package dev.kujira.engine.image.registry;

/** The /etc/os-release files of the base images (facts from the distributions' releases). */
final class OsRelease {
  private OsRelease() {
  }

  static String alpine(String version) {
    String minor = version.substring(0, version.lastIndexOf('.'));
    return "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=" + version + "\nPRETTY_NAME=\"Alpine Linux v" + minor + "\"\n"
        + "HOME_URL=\"https://alpinelinux.org/\"\nBUG_REPORT_URL=\"https://gitlab.alpinelinux.org/alpine/aports/-/issues\"\n";
  }

  static String debian() {
    return "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\n"
        + "VERSION=\"12 (bookworm)\"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL=\"https://www.debian.org/\"\n"
        + "SUPPORT_URL=\"https://www.debian.org/support\"\nBUG_REPORT_URL=\"https://bugs.debian.org/\"\n";
  }

  static String ubuntu(boolean noble) {
    String v = noble ? "24.04" : "22.04";
    String full = noble ? "24.04.1 LTS (Noble Numbat)" : "22.04.5 LTS (Jammy Jellyfish)";
    String code = noble ? "noble" : "jammy";
    return "PRETTY_NAME=\"Ubuntu " + (noble ? "24.04.1" : "22.04.5") + " LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"" + v + "\"\n"
        + "VERSION=\"" + full + "\"\nVERSION_CODENAME=" + code + "\nID=ubuntu\nID_LIKE=debian\n"
        + "HOME_URL=\"https://www.ubuntu.com/\"\nSUPPORT_URL=\"https://help.ubuntu.com/\"\n"
        + "BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"\n"
        + "PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\n"
        + "UBUNTU_CODENAME=" + code + "\nLOGO=ubuntu-logo\n";
  }
}
