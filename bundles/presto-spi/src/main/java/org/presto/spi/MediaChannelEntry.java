package org.presto.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One media channel cross-connect inside a photonic node (a ROADM), both ways: the spectrum from
 * {@code lowerFrequencyMhz} to {@code upperFrequencyMhz} passes between {@code portA} and {@code portB}, and no other
 * light of that spectrum may enter either port. The frequencies are the same at both ports: a ROADM switches
 * spectrum, it does not convert it.
 *
 * @param serviceId the connectivity service the channel belongs to
 * @param nodeId the node (uuid) to configure
 * @param portA uuid of an owned node edge point of the node, e.g. an add/drop port
 * @param portB uuid of another owned node edge point of the node, e.g. a line port
 * @param lowerFrequencyMhz the lower edge of the channel's spectrum in MHz
 * @param upperFrequencyMhz the upper edge, above the lower one
 */
public record MediaChannelEntry(String serviceId, String nodeId, String portA, String portB, long lowerFrequencyMhz,
                                long upperFrequencyMhz) implements DeviceChange {
    public MediaChannelEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(portA, "portA");
        Objects.requireNonNull(portB, "portB");
        if (lowerFrequencyMhz <= 0 || upperFrequencyMhz <= lowerFrequencyMhz) {
            throw new IllegalArgumentException("a media channel spans from a positive lower frequency to a higher "
                    + "upper one, not " + lowerFrequencyMhz + " to " + upperFrequencyMhz + " MHz");
        }
    }

    /** Whether the two channels share some spectrum. */
    public boolean overlaps(MediaChannelEntry other) {
        return lowerFrequencyMhz < other.upperFrequencyMhz && other.lowerFrequencyMhz < upperFrequencyMhz;
    }

    @Override
    public List<String> ports() {
        return List.of(portA, portB);
    }

    /** None: a media channel carries light, not customer frames. */
    @Override
    public Map<String, UniPolicy> policies() {
        return Map.of();
    }

    /** This channel: it enforces no policies. */
    @Override
    public MediaChannelEntry withPolicies(Map<String, UniPolicy> byPort) {
        return this;
    }

    /** {@link Capability#MEDIA_CHANNELS}. */
    @Override
    public Set<Capability> needs() {
        return EnumSet.of(Capability.MEDIA_CHANNELS);
    }
}
