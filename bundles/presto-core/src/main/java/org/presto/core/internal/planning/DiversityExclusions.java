package org.presto.core.internal.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.presto.core.RouteConstraints.Diversity;
import org.presto.core.internal.inventory.Inventory;
import org.presto.model.Link;
import org.presto.model.RiskCharacteristic;
import org.presto.spi.DeviceChange;
import org.presto.store.ServiceRecord;

/**
 * What a route must stay clear of to be diverse from existing services: the links their routes use (LINK), also
 * the nodes those links join but the new route's own ends (NODE), or also every risk those links carry (SRLG).
 */
public record DiversityExclusions(Set<String> linkIds, Set<String> nodeIds, Set<String> risks) {
    static final DiversityExclusions NONE = new DiversityExclusions(Set.of(), Set.of(), Set.of());

    static DiversityExclusions of(Diversity diversity, List<ServiceRecord> services, Inventory network,
                                  Set<String> ownEnds) {
        if (diversity == null || diversity.serviceIds().isEmpty()) {
            return NONE;
        }
        Set<String> links = new HashSet<>();
        Set<String> nodes = new HashSet<>();
        Set<String> risks = new HashSet<>();
        for (ServiceRecord service : services) {
            for (DeviceChange change : service.changes()) {
                nodes.add(change.nodeId());
                for (String port : change.ports()) {
                    Optional<Link> link = network.linkAt(port);
                    if (link.isEmpty() || !links.add(link.get().uuid())) {
                        continue;
                    }
                    link.get().nodeEdgePoint().forEach(end -> nodes.add(end.nodeId()));
                    link.get().riskCharacteristic().stream().map(RiskCharacteristic::riskIdentifierList)
                            .forEach(risks::addAll);
                }
            }
        }
        nodes.removeAll(ownEnds);
        return switch (diversity.policy()) {
            case LINK -> new DiversityExclusions(links, Set.of(), Set.of());
            case NODE -> new DiversityExclusions(links, nodes, Set.of());
            case SRLG -> new DiversityExclusions(links, Set.of(), risks);
            default -> throw new IllegalArgumentException("diversity policy " + diversity.policy());
        };
    }
}
