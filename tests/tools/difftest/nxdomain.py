#!/usr/bin/env python3
"""A resolver that knows no name: answers every DNS query with NXDOMAIN (for daemons.sh).

  nxdomain.py TAG ADDRESS     (TAG only names the process, so that daemons.sh can find it)
"""
import socket, sys

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[2], 53))
while True:
    q, addr = s.recvfrom(4096)
    if len(q) < 12:
        continue
    i = 12
    while i < len(q) and q[i]:
        i += 1 + q[i]
    # same id and question, QR=1 RD RA, RCODE=3 (name error), no answers, no EDNS record
    s.sendto(q[:2] + bytes([0x80 | (q[2] & 0x01), 0x83]) + b"\0\1\0\0\0\0\0\0" + q[12:i + 5], addr)
