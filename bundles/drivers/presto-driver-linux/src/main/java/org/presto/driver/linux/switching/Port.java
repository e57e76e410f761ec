package org.presto.driver.linux.switching;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bridge port of a switch namespace, as its interface alias declares it to Presto:
 * {@code presto customer [<Mbit/s>]} for a UNI, {@code presto network <switch> <port> [<Mbit/s>]} for a trunk whose
 * cable ends on that switch's port (as LLDP would tell). Ports without such an alias are not Presto's.
 *
 * @param farSwitch the neighbour's namespace for a network port, else null
 */
public record Port(String name, boolean customer, long speedMbps, String farSwitch, String farPort) {
    static final long DEFAULT_SPEED_MBPS = 1000;

    /** What a port's name may hold to be written into nft scripts as it is. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,15}");

    /** The port an alias declares, if it declares one; a malformed declaration is refused with the reason. */
    public static Optional<Port> declared(String name, String alias) {
        String[] words = alias == null ? new String[0] : alias.strip().split("\\s+");
        if (words.length < 2 || !"presto".equals(words[0])) {
            return Optional.empty();
        }
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("port '" + name + "' is declared Presto's, but its name holds "
                    + "characters other than letters, digits and . _ @ -");
        }
        try {
            if ("customer".equals(words[1]) && words.length <= 3) {
                return Optional.of(new Port(name, true, words.length == 3 ? Long.parseLong(words[2])
                        : DEFAULT_SPEED_MBPS, null, null));
            }
            if ("network".equals(words[1]) && (words.length == 4 || words.length == 5)) {
                return Optional.of(new Port(name, false, words.length == 5 ? Long.parseLong(words[4])
                        : DEFAULT_SPEED_MBPS, words[2], words[3]));
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new IllegalArgumentException("port " + name + " has the alias '" + alias + "', which is neither "
                + "'presto customer [Mbit/s]' nor 'presto network <switch> <port> [Mbit/s]'");
    }
}
