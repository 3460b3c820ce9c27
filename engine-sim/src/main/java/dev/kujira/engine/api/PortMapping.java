package dev.kujira.engine.api;

/**
 * Is one published or exposed port.
 *
 * @param ip the host address ("" when only exposed)
 * @param privatePort the container port
 * @param publicPort the host port (0 when only exposed)
 * @param type tcp, udp or sctp
 */
public record PortMapping(String ip, int privatePort, int publicPort, String type) {
}
