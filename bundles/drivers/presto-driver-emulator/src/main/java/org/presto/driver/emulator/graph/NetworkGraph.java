package org.presto.driver.emulator.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The common form every network source is read into: named sites and the undirected spans between them. A value of
 * this type is always complete and consistent (at least one site, unique names, spans between known, distinct sites,
 * at most one span per pair), so nothing downstream has to cope with a half-read network.
 *
 * @param name what the network is called in operator messages, e.g. the file name
 */
public record NetworkGraph(String name, List<Site> sites, List<Span> spans) {
    public NetworkGraph {
        Objects.requireNonNull(name, "name");
        sites = List.copyOf(sites);
        spans = List.copyOf(spans);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("the network has no nodes");
        }
        Set<String> names = new HashSet<>();
        for (Site site : sites) {
            if (!names.add(site.name())) {
                throw new IllegalArgumentException("two nodes are named " + site.name());
            }
        }
        Set<String> pairs = new HashSet<>();
        for (Span span : spans) {
            if (!names.contains(span.siteA()) || !names.contains(span.siteB())) {
                throw new IllegalArgumentException(
                        "span " + span.siteA() + " -- " + span.siteB() + " names a node that is not in the network");
            }
            if (!pairs.add(pairKey(span.siteA(), span.siteB()))) {
                throw new IllegalArgumentException("two spans join " + span.siteA() + " and " + span.siteB());
            }
        }
    }

    private static String pairKey(String a, String b) {
        // NUL cannot occur in names read from XML or JSON text, so the key is unambiguous
        return a.compareTo(b) < 0 ? a + '\0' + b : b + '\0' + a;
    }
}
