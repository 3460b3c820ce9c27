package dev.kujira.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IPv6 addresses as Go prints them, and docker/cli's natural order of names. */
class AddressOrderTest {
  @Test
  void ipv6_printsAsGoDoes() {
    // RFC 5952 as Go's net.IP.String: the longest zero run compressed, the first of equal runs, one lone zero kept.
    assertEquals("fd00:1::2", Ipv6.text(Ipv6.parse("fd00:1:0:0:0:0:0:2")));
    assertEquals("2001:db8::1:0:0:1", Ipv6.text(Ipv6.parse("2001:db8:0:0:1:0:0:1")));
    assertEquals("2001:db8:0:1:1:1:1:1", Ipv6.text(Ipv6.parse("2001:db8::1:1:1:1:1")));
    assertEquals("::", Ipv6.text(BigInteger.ZERO));
    assertEquals("fd00:4::100", Ipv6.text(Ipv6.parse("FD00:4::0100")));
  }

  @Test
  void ipv6_refusesWhatGoRefuses() {
    assertNull(Ipv6.parse("nonsense"));
    assertNull(Ipv6.parse("10.0.0.1"));
    assertNull(Ipv6.parse("fd00::1::2"));
    assertNull(Ipv6.parse("1:2:3:4:5:6:7"));
    assertTrue(Ipv6.isPrefix("fd00:1::/64"));
    assertFalse(Ipv6.isPrefix("fd00:1::/129"));
    assertFalse(Ipv6.isPrefix("10.0.0.0/8"));
  }

  @Test
  void naturalOrder_comparesDigitRunsAsNumbers() {
    List<String> names = new ArrayList<>(List.of("v13", "n11", "v8", "bridge", "n6", "none", "v14"));
    names.sort(NaturalOrder::compare);
    assertEquals(List.of("bridge", "n6", "n11", "none", "v8", "v13", "v14"), names);
  }
}
