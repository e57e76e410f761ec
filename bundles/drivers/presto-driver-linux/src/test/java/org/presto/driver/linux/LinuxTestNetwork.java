package org.presto.driver.linux;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A real Linux data plane for tests, made of network namespaces: switches sw1 - sw2 - ... in a line, each a
 * namespace with the bridge br0, customer ports uni-1, uni-2, ... and trunks to-swN (veth pairs between switch
 * namespaces), the ports declared to Presto by their aliases; and one customer site per customer port, a namespace
 * whose eth0 is cabled to the port. A site gets VLAN interfaces on demand (see {@link Site#vlan}). Namespace names
 * start with a random prefix, so runs never meet; {@link #close()} removes everything.
 *
 * <p>This kernel may lack 802.1Q devices, so a site's VLAN interface is a tap device served by a small user-space
 * tagger (vlan-shim.py); the switches themselves forward in the kernel.
 */
public final class LinuxTestNetwork implements AutoCloseable {
    private final String prefix = "pt"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 5)
            + "-";
    private final List<String> namespaces = new ArrayList<>();
    private final List<Process> shims = new ArrayList<>();
    private final int switches;
    private final Path shim;

    private LinuxTestNetwork(int switches) throws IOException {
        this.switches = switches;
        this.shim = Files.createTempFile("vlan-shim", ".py");
        try (InputStream in = LinuxTestNetwork.class.getResourceAsStream("/vlan-shim.py")) {
            Files.copy(in, shim, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Switches in a line, each with {@code customerPorts} customer ports and a site on each. */
    public static LinuxTestNetwork line(int switches, int customerPorts) throws Exception {
        LinuxTestNetwork network = new LinuxTestNetwork(switches);
        try {
            network.build(customerPorts);
        } catch (Exception e) {
            network.close();
            throw e;
        }
        return network;
    }

    private void build(int customerPorts) throws Exception {
        for (int sw = 1; sw <= switches; sw++) {
            String ns = namespace(switchName(sw));
            run("ip", "-n", ns, "link", "add", "br0", "type", "bridge");
            run("ip", "-n", ns, "link", "set", "br0", "up");
            for (int port = 1; port <= customerPorts; port++) {
                String site = namespace(siteName(sw, port));
                run("ip", "link", "add", "uni-" + port, "netns", ns, "type", "veth", "peer", "name", "eth0",
                        "netns", site);
                attach(ns, "uni-" + port, "presto customer 1000");
                run("ip", "-n", site, "link", "set", "eth0", "up");
                run("ip", "-n", site, "link", "set", "lo", "up");
            }
            if (sw > 1) {
                String previous = switchName(sw - 1);
                run("ip", "link", "add", "to-sw" + sw, "netns", previous, "type", "veth", "peer", "name",
                        "to-sw" + (sw - 1), "netns", ns);
                attach(previous, "to-sw" + sw, "presto network " + ns + " to-sw" + (sw - 1) + " 10000");
                attach(ns, "to-sw" + (sw - 1), "presto network " + previous + " to-sw" + sw + " 10000");
            }
        }
    }

    private void attach(String ns, String port, String alias) throws Exception {
        run("ip", "-n", ns, "link", "set", port, "master", "br0");
        run("ip", "-n", ns, "link", "set", port, "alias", alias);
        run("ip", "-n", ns, "link", "set", port, "up");
    }

    private String namespace(String name) throws Exception {
        run("ip", "netns", "add", name);
        namespaces.add(name);
        // no IPv6 chatter: the tests count the frames that arrive
        run("ip", "netns", "exec", name, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1",
                "net.ipv6.conf.default.disable_ipv6=1");
        return name;
    }

    /** The namespace of switch {@code number}, which is also its node name. */
    public String switchName(int number) {
        return prefix + "sw" + number;
    }

    public List<String> switchNames() {
        List<String> names = new ArrayList<>();
        for (int sw = 1; sw <= switches; sw++) {
            names.add(switchName(sw));
        }
        return names;
    }

    public String siteName(int sw, int port) {
        return prefix + "s" + sw + "u" + port;
    }

    public Site site(int sw, int port) {
        return new Site(siteName(sw, port));
    }

    /** A customer site: a namespace cabled to one customer port. */
    public final class Site {
        private final String namespace;

        private Site(String namespace) {
            this.namespace = namespace;
        }

        /** Gives the site an interface v{@code vid} sending and receiving on VLAN {@code vid}, with an address. */
        public Site vlan(int vid, String address) throws Exception {
            Process process = new ProcessBuilder("ip", "netns", "exec", namespace, "python3", shim.toString(), "eth0",
                    Integer.toString(vid), "v" + vid).redirectErrorStream(true).start();
            shims.add(process);
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            if (!"ready".equals(line)) {
                throw new IllegalStateException("the VLAN tagger of " + namespace + " did not start: " + line);
            }
            run("ip", "-n", namespace, "addr", "add", address, "dev", "v" + vid);
            run("ip", "-n", namespace, "link", "set", "v" + vid, "up");
            return this;
        }

        /** Whether {@code address} answers pings from here. */
        public boolean reaches(String address) throws Exception {
            return reachesWithTos(address, 0);
        }

        /** Whether {@code address} answers pings sent with an IPv4 TOS byte (its precedence is the tag's PCP). */
        public boolean reachesWithTos(String address, int tos) throws Exception {
            Process ping = new ProcessBuilder("ip", "netns", "exec", namespace, "ping", "-c", "3", "-i", "0.2", "-W",
                    "1", "-q", "-Q", Integer.toString(tos), address).redirectErrorStream(true).start();
            ping.getInputStream().readAllBytes();
            return ping.waitFor() == 0;
        }

        /**
         * Whether {@code address} answers pings whose ICMP payload is {@code payloadBytes} long, sent unfragmented:
         * the frame carrying one is the payload plus 50 bytes (ICMP 8, IPv4 20, Ethernet 14, 802.1Q 4, FCS 4).
         */
        public boolean reaches(String address, int payloadBytes) throws Exception {
            Process ping = new ProcessBuilder("ip", "netns", "exec", namespace, "ping", "-c", "3", "-i", "0.2", "-W",
                    "1", "-q", "-M", "do", "-s", Integer.toString(payloadBytes), address).redirectErrorStream(true)
                    .start();
            ping.getInputStream().readAllBytes();
            return ping.waitFor() == 0;
        }

        /**
         * Sends UDP at {@code offeredMbps} for {@code seconds} to an iperf3 server at {@code address} (started at the
         * far site with {@link #serveIperfOnce}) and returns the rate that arrived there, in Mbit/s, from the second
         * second on: the first is left out (nftables' token buckets start full, holding a second at the rate).
         */
        public double udpThroughputMbps(String address, int offeredMbps, int seconds) throws Exception {
            return udpThroughputMbps(address, offeredMbps, seconds, 0);
        }

        /** The same, sent with an IPv4 TOS byte: its precedence (top three bits) is the PCP of the tag. */
        public double udpThroughputMbps(String address, int offeredMbps, int seconds, int tos) throws Exception {
            // bounded: a client whose server cannot be reached (or whose results cannot come back) is stopped
            String json = run("timeout", Integer.toString(seconds + 20), "ip", "netns", "exec", namespace, "iperf3",
                    "-c", address, "-u", "-b", offeredMbps + "M", "-S", Integer.toString(tos),
                    "-t", Integer.toString(seconds), "-l", "1200", "-J", "--get-server-output");
            // the receiving server's own intervals, the first left out, weighted by their length: the last one is
            // often a fraction of a second, and a server starved of the CPU for a moment reads in one interval what
            // arrived in the one before, so an unweighted mean of per-interval rates overstates the rate
            com.fasterxml.jackson.databind.JsonNode intervals = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json).path("server_output_json").path("intervals");
            double bytes = 0;
            double elapsed = 0;
            for (int i = 1; i < intervals.size(); i++) {
                bytes += intervals.get(i).path("sum").path("bytes").asDouble();
                elapsed += intervals.get(i).path("sum").path("seconds").asDouble();
            }
            if (elapsed <= 0) {
                throw new IllegalStateException("iperf3 reported no receiving seconds: " + json);
            }
            return bytes * 8 / elapsed / 1e6;
        }

        /** Starts an iperf3 server on {@code address} that answers one test and stops. */
        public void serveIperfOnce(String address) throws Exception {
            Process server = new ProcessBuilder("ip", "netns", "exec", namespace, "iperf3", "-s", "-1", "-J", "-B",
                    address)
                    .redirectErrorStream(true).start();
            shims.add(server);
            Thread.sleep(300);
        }

        /** Gives the site's interface v{@code vid} another MAC address: as if another host sent from the site. */
        public void changeMac(int vid, String mac) throws Exception {
            run("ip", "-n", namespace, "link", "set", "v" + vid, "address", mac);
        }

        /** Forgets the MAC addresses learnt by ARP, so the next ping broadcasts again. */
        public void forgetNeighbours() throws Exception {
            run("ip", "-n", namespace, "neigh", "flush", "all");
        }

        /**
         * Sends {@code count} Ethernet frames to {@code destination} (a MAC address, e.g. 01:80:c2:00:00:02) on the
         * site's cable, tagged with VLAN {@code vid}, PCP {@code pcp} and DEI {@code dei}: EtherType 0x88b5 (IEEE's
         * local experimental one), 46 bytes of payload.
         */
        public void sendFrames(int vid, int pcp, int dei, String destination, int count) throws Exception {
            String script = "import socket, struct\n"
                    + "s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)\n"
                    + "s.bind(('eth0', 0))\n"
                    + "frame = bytes.fromhex('" + destination.replace(":", "") + "') + s.getsockname()[4]"
                    + " + struct.pack('!HH', 0x8100, " + (pcp << 13 | dei << 12 | vid) + ")"
                    + " + bytes.fromhex('88b5') + bytes(46)\n"
                    + "for _ in range(" + count + "):\n"
                    + "    s.send(frame)\n";
            run("ip", "netns", "exec", namespace, "python3", "-c", script);
        }

        /**
         * Starts listening on the site's cable for {@code seconds}: {@link Capture#priorities} then gives the PCP and
         * DEI of each frame of EtherType 0x88b5 that arrived tagged with VLAN {@code vid}, as {@code pcp/dei}.
         */
        public Capture capture(int vid, int seconds) throws Exception {
            String script = "import socket, struct, time\n"
                    + "s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))\n"
                    + "s.setsockopt(263, 8, 1)\n"
                    + "s.bind(('eth0', 0))\n"
                    + "s.settimeout(0.2)\n"
                    + "print('ready', flush=True)\n"
                    + "end = time.time() + " + seconds + "\n"
                    + "while time.time() < end:\n"
                    + "    try:\n"
                    + "        frame, anc, _, address = s.recvmsg(65535, socket.CMSG_SPACE(32))\n"
                    + "    except socket.timeout:\n"
                    + "        continue\n"
                    + "    if address[2] == socket.PACKET_OUTGOING:\n"
                    + "        continue\n"
                    + "    tci = None\n"
                    + "    for level, kind, data in anc:\n"
                    + "        if level == 263 and kind == 8:\n"
                    + "            status, _, _, _, _, aux = struct.unpack('IIIHHH', data[:18])\n"
                    + "            if status & 0x10:\n"
                    + "                tci = aux\n"
                    + "    if tci is None and frame[12:14] == b'\\x81\\x00':\n"
                    + "        tci, frame = struct.unpack('!H', frame[14:16])[0], frame[:12] + frame[16:]\n"
                    + "    if tci is not None and tci & 0xfff == " + vid + " and frame[12:14] == b'\\x88\\xb5':\n"
                    + "        print('%d/%d' % (tci >> 13, tci >> 12 & 1), flush=True)\n";
            Process process = new ProcessBuilder("ip", "netns", "exec", namespace, "python3", "-c", script)
                    .redirectErrorStream(true).start();
            shims.add(process);
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            if (!"ready".equals(line)) {
                throw new IllegalStateException("the capture at " + namespace + " did not start: " + line);
            }
            return new Capture(process, out);
        }

        /** Frames received so far on the site's interface v{@code vid}. */
        public long framesReceived(int vid) throws Exception {
            String stats = run("ip", "netns", "exec", namespace, "cat", "/sys/class/net/v" + vid
                    + "/statistics/rx_packets");
            return Long.parseLong(stats.strip());
        }
    }

    /** Frames a site is listening for. */
    public static final class Capture {
        private final Process process;
        private final BufferedReader out;

        private Capture(Process process, BufferedReader out) {
            this.process = process;
            this.out = out;
        }

        /** Waits for the capture to end; the PCP and DEI of each frame, in the order they arrived. */
        public List<String> priorities() throws Exception {
            List<String> seen = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line.strip());
            }
            process.waitFor(30, TimeUnit.SECONDS);
            return seen;
        }
    }

    public static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** Stops the taggers and removes every namespace (and with them their interfaces). */
    @Override
    public void close() {
        shims.forEach(Process::destroyForcibly);
        for (String ns : namespaces) {
            try {
                run("ip", "netns", "del", ns);
            } catch (Exception e) {
                // already gone
            }
        }
        try {
            Files.deleteIfExists(shim);
        } catch (IOException e) {
            // a temporary file
        }
    }
}
