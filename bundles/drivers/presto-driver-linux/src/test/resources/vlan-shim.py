#!/usr/bin/env python3
"""A VLAN sub-interface in user space, for kernels without 802.1Q devices: a tap device whose frames leave the
parent interface tagged with one VLAN id, and whose VLAN's frames arriving on the parent reach the tap untagged. The
tag's priority code point (PCP) is the IPv4 precedence of the frame (the top three bits of its TOS byte), as many
switches map it: iperf3 -S 0xa0 sends PCP 5."""
import fcntl, os, select, socket, struct, sys

ETH_P_ALL = 0x0003
ETH_P_8021Q = 0x8100
TUNSETIFF = 0x400454ca
IFF_TAP, IFF_NO_PI = 0x0002, 0x1000
SOL_PACKET, PACKET_AUXDATA = 263, 8
TP_STATUS_VLAN_VALID = 0x10

parent, vid, tap_name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
tap = os.open("/dev/net/tun", os.O_RDWR)
fcntl.ioctl(tap, TUNSETIFF, struct.pack("16sH", tap_name.encode(), IFF_TAP | IFF_NO_PI))
raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
raw.setsockopt(SOL_PACKET, PACKET_AUXDATA, 1)
raw.bind((parent, 0))
print("ready", flush=True)
while True:
    ready, _, _ = select.select([tap, raw], [], [])
    if tap in ready:
        frame = os.read(tap, 65535)
        pcp = frame[15] >> 5 if len(frame) > 15 and frame[12:14] == b"\x08\x00" else 0
        raw.send(frame[:12] + struct.pack("!HH", ETH_P_8021Q, vid | pcp << 13) + frame[12:])
    if raw in ready:
        frame, ancdata, _, address = raw.recvmsg(65535, socket.CMSG_SPACE(32))
        if address[2] == socket.PACKET_OUTGOING:
            continue
        tci = None
        for level, kind, data in ancdata:
            if level == SOL_PACKET and kind == PACKET_AUXDATA:
                status, _, _, _, _, vlan_tci = struct.unpack("IIIHHH", data[:18])
                if status & TP_STATUS_VLAN_VALID:
                    tci = vlan_tci
        if tci is not None:
            if tci & 0x0fff == vid:
                os.write(tap, frame)
        elif len(frame) >= 18 and struct.unpack("!H", frame[12:14])[0] == ETH_P_8021Q:
            if struct.unpack("!H", frame[14:16])[0] & 0x0fff == vid:
                os.write(tap, frame[:12] + frame[16:])
