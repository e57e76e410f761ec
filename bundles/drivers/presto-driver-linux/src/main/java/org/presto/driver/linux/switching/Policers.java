package org.presto.driver.linux.switching;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presto.driver.linux.switching.Forwarding.Bucket;
import org.presto.driver.linux.switching.Forwarding.MemberKey;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.PcpClass;

/**
 * The policers of one direction (frames entering at their UNI, or leaving there) in the switch's nftables maps.
 * A port policed as a whole has a two-rate three-colour marker of two token buckets: {@link #committed} (green) and
 * {@link #excess} (yellow). A port whose frames are classified by PCP is in {@link #classified}; its {@link #classes}
 * send each PCP of the service's frames to the chain that polices its class ({@link ClassChain}, whose buckets are
 * named after it), or return where the class is unpoliced; a frame of a PCP in no class is dropped.
 *
 * @param direction {@code in} or {@code out}: the suffix of the maps' names ({@code committed}, {@code
 *                  committed-out}...) and of the class chains'
 */
public record Policers(String direction, Map<MemberKey, Bucket> committed, Map<MemberKey, Bucket> excess,
                       Set<MemberKey> classified, Map<ClassKey, String> classes, Map<String, ClassChain> chains) {
    /** The verdict of an unpoliced class. */
    static final String UNPOLICED = "return";
    static final String IN = "in";
    static final String OUT = "out";

    /** Frames of {@code mark} at {@code port} whose C-tag carries {@code pcp}. */
    public record ClassKey(int mark, String port, int pcp) {
    }

    /** The chain that polices one class, by its buckets (either may be null; not both). */
    public record ClassChain(String name, Bucket committed, Bucket excess) {
    }

    public Policers {
        committed = Map.copyOf(committed);
        excess = Map.copyOf(excess);
        classified = Set.copyOf(classified);
        classes = Map.copyOf(classes);
        chains = Map.copyOf(chains);
    }

    static Policers none(String direction) {
        return new Policers(direction, Map.of(), Map.of(), Set.of(), Map.of(), Map.of());
    }

    /** The name of a map or set of this direction: {@code name} for frames entering, {@code name-out} for leaving. */
    String named(String name) {
        return direction.equals(IN) ? name : name + "-" + OUT;
    }

    /** Every port policed, as a whole or by class. */
    Set<MemberKey> policed() {
        Set<MemberKey> keys = new LinkedHashSet<>(committed.keySet());
        keys.addAll(excess.keySet());
        return keys;
    }

    /** Builds the policers of one direction, port by port. */
    static final class Builder {
        private final String direction;
        private final Map<MemberKey, Bucket> committed = new LinkedHashMap<>();
        private final Map<MemberKey, Bucket> excess = new LinkedHashMap<>();
        private final Set<MemberKey> classified = new LinkedHashSet<>();
        private final Map<ClassKey, String> classes = new LinkedHashMap<>();
        private final Map<String, ClassChain> chains = new LinkedHashMap<>();

        Builder(String direction) {
            this.direction = direction;
        }

        /**
         * The profile for every frame of {@code key}; bucket names are made of the service's mark (leaves share their
         * roots' buckets) and the port: {@code cir-5-uni1}, egress ones {@code ocir-5-uni1}.
         */
        void whole(MemberKey key, BandwidthProfile profile) {
            if (profile == null) {
                return;
            }
            String prefix = direction.equals(IN) ? "" : "o";
            String suffix = (key.mark() % Forwarding.LEAF) + "-" + key.port();
            if (profile.cirBps() > 0) {
                committed.put(key, new Bucket(prefix + "cir-" + suffix, profile.cirBps() / 8, profile.cbsBytes()));
            }
            if (profile.eirBps() > 0) {
                excess.put(key, new Bucket(prefix + "eir-" + suffix, profile.eirBps() / 8, profile.ebsBytes()));
            }
        }

        /**
         * Classes of the frames of {@code key}; their chains are named by the service's mark, the direction and the
         * class's place among the service's classes on the switch ({@code class-5-in-0}), which {@code first} gives.
         */
        void classes(MemberKey key, List<PcpClass> pcpClasses, int first) {
            if (pcpClasses.isEmpty()) {
                return;
            }
            classified.add(key);
            int index = first;
            for (PcpClass pcpClass : pcpClasses) {
                String verdict = UNPOLICED;
                BandwidthProfile profile = pcpClass.profile();
                if (profile != null) {
                    String name = "class-" + (key.mark() % Forwarding.LEAF) + "-" + direction + "-" + index;
                    chains.put(name, new ClassChain(name,
                            profile.cirBps() == 0 ? null : new Bucket(name + "-cir", profile.cirBps() / 8,
                                    profile.cbsBytes()),
                            profile.eirBps() == 0 ? null : new Bucket(name + "-eir", profile.eirBps() / 8,
                                    profile.ebsBytes())));
                    verdict = "goto " + name;
                }
                for (int pcp : pcpClass.pcpValues()) {
                    classes.put(new ClassKey(key.mark(), key.port(), pcp), verdict);
                }
                index++;
            }
        }

        Policers build() {
            return new Policers(direction, committed, excess, classified, classes, chains);
        }
    }
}
