package org.presto.spi;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Checks and normalises the policies of an entry: only at its own ports, and none kept for {@link UniPolicy#NONE}. */
final class UniPolicies {
    private UniPolicies() {
    }

    static Map<String, UniPolicy> of(Map<String, UniPolicy> policies, Set<String> ports) {
        if (policies == null || policies.isEmpty()) {
            return Map.of();
        }
        // sorted, so that equal entries print alike
        Map<String, UniPolicy> kept = new TreeMap<>();
        policies.forEach((port, policy) -> {
            if (!ports.contains(port)) {
                throw new IllegalArgumentException("a policy for port " + port + ", which is not one of the "
                        + "entry's ports " + ports);
            }
            if (policy != null && !policy.isNone()) {
                kept.put(port, policy);
            }
        });
        return Collections.unmodifiableMap(kept);
    }

    /** The policies among these (by port) that are at the given ports. */
    static Map<String, UniPolicy> at(Map<String, UniPolicy> byPort, List<String> ports) {
        Map<String, UniPolicy> kept = new TreeMap<>();
        ports.stream().filter(byPort::containsKey).forEach(port -> kept.put(port, byPort.get(port)));
        return kept;
    }

    /** Adds what the policies need to the capabilities a kind of change needs anyway. */
    static Set<Capability> needs(Map<String, UniPolicy> policies, Set<Capability> needs) {
        policies.values().forEach(policy -> needs.addAll(Capability.neededFor(policy)));
        return needs;
    }
}
