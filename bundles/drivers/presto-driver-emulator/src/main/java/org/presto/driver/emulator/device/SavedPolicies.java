package org.presto.driver.emulator.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.presto.spi.BandwidthProfile;
import org.presto.spi.DscpClass;
import org.presto.spi.EgressMarking;
import org.presto.spi.PcpClass;
import org.presto.spi.SourceMacLimit;
import org.presto.spi.UniPolicy;

/**
 * The policies of the device state file ({@link DeviceStateFile}), member by member, each in the format that first
 * had it; what a format before had not, the file's loader adds empty before these are read.
 */
final class SavedPolicies {
    private SavedPolicies() {
    }

    /** A bandwidth profile; all rates 0 for none. */
    record SavedProfile(@JsonProperty("cir") long cir, @JsonProperty("cbs") long cbs, @JsonProperty("eir") long eir,
                        @JsonProperty("ebs") long ebs, @JsonProperty("colour-aware") boolean colourAware,
                        @JsonProperty("coupled") boolean coupled) {
        private static final SavedProfile NONE = new SavedProfile(0, 0, 0, 0, false, false);

        static SavedProfile of(BandwidthProfile profile) {
            return profile == null ? NONE : new SavedProfile(profile.cirBps(), profile.cbsBytes(), profile.eirBps(),
                    profile.ebsBytes(), profile.colourAware(), profile.coupled());
        }

        BandwidthProfile toProfile() {
            return cir == 0 && eir == 0 ? null : new BandwidthProfile(cir, cbs, eir, ebs, colourAware, coupled);
        }
    }

    /** A class of frames by PCP (format 7). */
    record SavedClass(@JsonProperty("name") String name, @JsonProperty("pcp") Set<Integer> pcp,
                      @JsonProperty("profile") SavedProfile profile) {
        static List<SavedClass> of(List<PcpClass> classes) {
            return classes.stream().map(c -> new SavedClass(c.name(), c.pcpValues(), SavedProfile.of(c.profile())))
                    .toList();
        }

        static List<PcpClass> toClasses(List<SavedClass> saved) {
            return saved == null ? List.of() : saved.stream()
                    .map(c -> new PcpClass(c.name(), c.pcp(), c.profile().toProfile())).toList();
        }
    }

    /** A class of frames by DSCP (format 9). */
    record SavedDscpClass(@JsonProperty("name") String name, @JsonProperty("ipv4") Set<Integer> ipv4,
                          @JsonProperty("ipv6") Set<Integer> ipv6, @JsonProperty("profile") SavedProfile profile) {
        static List<SavedDscpClass> of(List<DscpClass> classes) {
            return classes.stream().map(c -> new SavedDscpClass(c.name(), c.ipv4Values(), c.ipv6Values(),
                    SavedProfile.of(c.profile()))).toList();
        }

        static List<DscpClass> toClasses(List<SavedDscpClass> saved) {
            return saved.stream().map(c -> new DscpClass(c.name(), c.ipv4(), c.ipv6(), c.profile().toProfile()))
                    .toList();
        }
    }

    /** A source MAC address limit (format 7); 0 addresses for none. */
    record SavedMacLimit(@JsonProperty("addresses") int addresses, @JsonProperty("aging-ms") long agingMillis) {
        private static final SavedMacLimit NONE = new SavedMacLimit(0, 0);

        static SavedMacLimit of(SourceMacLimit limit) {
            return limit == null ? NONE : new SavedMacLimit(limit.addresses(), limit.agingMillis());
        }

        SourceMacLimit toLimit() {
            return addresses == 0 ? null : new SourceMacLimit(addresses, agingMillis);
        }
    }

    /** One rewrite of an egress marking (format 8); {@code to-pcp} and {@code to-dei} are 0 for a discard. */
    record SavedRewrite(@JsonProperty("pcp") int pcp, @JsonProperty("dei") int dei,
                        @JsonProperty("to-pcp") int toPcp, @JsonProperty("to-dei") int toDei,
                        @JsonProperty("discard") boolean discard) {
        static List<SavedRewrite> of(EgressMarking marking) {
            return marking.rewrites().stream().map(r -> new SavedRewrite(r.from().pcp(), r.from().dei(),
                    r.discards() ? 0 : r.to().pcp(), r.discards() ? 0 : r.to().dei(), r.discards())).toList();
        }

        static EgressMarking toMarking(List<SavedRewrite> saved) {
            return new EgressMarking(saved.stream().map(r -> new EgressMarking.Rewrite(new EgressMarking.Priority(
                    r.pcp(), r.dei()), r.discard() ? null : new EgressMarking.Priority(r.toPcp(), r.toDei())))
                    .toList());
        }
    }

    /**
     * The policy at one UNI port (format 6; classes and the source MAC limit since 7, the egress marking since 8,
     * classes by DSCP since 9).
     */
    record SavedPolicy(@JsonProperty("max-frame-bytes") int maxFrameBytes,
                       @JsonProperty("ingress") SavedProfile ingress, @JsonProperty("egress") SavedProfile egress,
                       @JsonProperty("ingress-classes") List<SavedClass> ingressClasses,
                       @JsonProperty("egress-classes") List<SavedClass> egressClasses,
                       @JsonProperty("source-mac-limit") SavedMacLimit sourceMacLimit,
                       @JsonProperty("egress-marking") List<SavedRewrite> egressMarking,
                       @JsonProperty("ingress-dscp-classes") List<SavedDscpClass> ingressDscpClasses,
                       @JsonProperty("egress-dscp-classes") List<SavedDscpClass> egressDscpClasses) {
        static Map<String, SavedPolicy> of(Map<String, UniPolicy> policies) {
            Map<String, SavedPolicy> saved = new TreeMap<>();
            policies.forEach((port, policy) -> saved.put(port, new SavedPolicy(policy.maxFrameBytes(),
                    SavedProfile.of(policy.ingress()), SavedProfile.of(policy.egress()),
                    SavedClass.of(policy.ingressClasses()), SavedClass.of(policy.egressClasses()),
                    SavedMacLimit.of(policy.sourceMacLimit()), SavedRewrite.of(policy.egressMarking()),
                    SavedDscpClass.of(policy.ingressDscpClasses()), SavedDscpClass.of(policy.egressDscpClasses()))));
            return saved;
        }

        static Map<String, UniPolicy> toPolicies(Map<String, SavedPolicy> saved) {
            Map<String, UniPolicy> policies = new TreeMap<>();
            saved.forEach((port, policy) -> policies.put(port, new UniPolicy(policy.maxFrameBytes(),
                    policy.ingress().toProfile(), policy.egress().toProfile(),
                    SavedClass.toClasses(policy.ingressClasses()), SavedClass.toClasses(policy.egressClasses()),
                    policy.sourceMacLimit().toLimit(), SavedRewrite.toMarking(policy.egressMarking()),
                    SavedDscpClass.toClasses(policy.ingressDscpClasses()),
                    SavedDscpClass.toClasses(policy.egressDscpClasses()))));
            return policies;
        }
    }
}
