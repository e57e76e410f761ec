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

    /**
     * Classes by DSCP in one direction, checked (distinct names, each DSCP of each IP version in one class at most)
     * and sorted by name, so that equal policies are equal however a device lists their classes.
     *
     * @param otherPolicing whether the direction is policed otherwise (as a whole or by PCP), which excludes them
     */
    static List<DscpClass> dscpClasses(List<DscpClass> classes, boolean otherPolicing, String direction) {
        if (classes == null || classes.isEmpty()) {
            return List.of();
        }
        if (otherPolicing) {
            throw new IllegalArgumentException(direction + " classes by DSCP exclude an " + direction + " profile "
                    + "for all frames and " + direction + " classes by PCP");
        }
        Set<String> names = new java.util.HashSet<>();
        Set<Integer> ipv4 = new java.util.HashSet<>();
        Set<Integer> ipv6 = new java.util.HashSet<>();
        for (DscpClass cls : classes) {
            if (!names.add(cls.name())) {
                throw new IllegalArgumentException("two " + direction + " classes are named " + cls.name());
            }
            cls.ipv4Values().forEach(dscp -> once(ipv4.add(dscp), "IPv4", dscp, direction));
            cls.ipv6Values().forEach(dscp -> once(ipv6.add(dscp), "IPv6", dscp, direction));
        }
        return classes.stream().sorted(java.util.Comparator.comparing(DscpClass::name)).toList();
    }

    private static void once(boolean first, String version, int dscp, String direction) {
        if (!first) {
            throw new IllegalArgumentException(version + " DSCP " + dscp + " is in two " + direction + " classes");
        }
    }

    /** Adds what the policies need to the capabilities a kind of change needs anyway. */
    static Set<Capability> needs(Map<String, UniPolicy> policies, Set<Capability> needs) {
        policies.values().forEach(policy -> needs.addAll(Capability.neededFor(policy)));
        return needs;
    }
}
