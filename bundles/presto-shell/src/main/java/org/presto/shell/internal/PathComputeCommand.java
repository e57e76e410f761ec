package org.presto.shell.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.presto.core.NetworkInventory;
import org.presto.core.PathComputation;
import org.presto.core.PathComputationRequest;
import org.presto.model.Capacity;
import org.presto.model.DirectiveValue;
import org.presto.model.LayerProtocolName;
import org.presto.model.Link;
import org.presto.model.LinkRef;
import org.presto.model.Path;
import org.presto.model.PathComputationService;
import org.presto.model.PathObjectiveFunctionBuilder;
import org.presto.model.PathServiceEndPoint;
import org.presto.model.PathServiceEndPointBuilder;
import org.presto.model.RoutingConstraintBuilder;
import org.presto.model.ServiceInterfacePoint;

@Command(scope = "presto", name = "path-compute", description = "Computes a path between two service interface "
        + "points, as compute-p-2-p-path does; it is kept until deleted with the API's delete-p-2-p-path")
@Service
public class PathComputeCommand implements Action {
    @Reference
    PathComputation paths;

    @Reference
    NetworkInventory inventory;

    @Argument(index = 0, name = "from", description = "uuid or name of the first SIP", required = true)
    String from;

    @Argument(index = 1, name = "to", description = "uuid or name of the second SIP", required = true)
    String to;

    @Option(name = "--capacity-mbps", description = "capacity every link must still have free, in Mbit/s")
    long capacityMbps;

    @Option(name = "--objective", description = "cost (least cost, the default) or hops (fewest links)")
    String objective = "cost";

    @Option(name = "--layer", description = "the layer of the path (ETH, ODU, DSR, OTSiA...); the SIPs' by default")
    String layer;

    @Override
    public Object execute() {
        DirectiveValue cost = switch (objective.toLowerCase(Locale.ROOT)) {
            case "cost" -> DirectiveValue.MINIMIZE;
            case "hops" -> DirectiveValue.DONT_CARE;
            default -> throw new IllegalArgumentException("--objective is cost or hops, not '" + objective + "'");
        };
        if (capacityMbps < 0) {
            throw new IllegalArgumentException("--capacity-mbps cannot be negative");
        }
        PathComputationService service = paths.computePath(new PathComputationRequest(
                List.of(endPoint(from), endPoint(to)),
                capacityMbps > 0 ? RoutingConstraintBuilder.builder().requestedCapacity(Capacity.mbps(capacityMbps))
                        .build() : null,
                PathObjectiveFunctionBuilder.builder().costOptimization(cost).build(), null));
        String pathId = service.path().get(0).pathId();
        Path path = paths.paths().stream().filter(p -> p.uuid().equals(pathId)).findFirst().orElseThrow();
        Map<String, Link> links = inventory.topology().link().stream()
                .collect(Collectors.toMap(Link::uuid, Function.identity()));
        System.out.println("Path " + pathId + " (" + Names.of(path.name(), pathId) + "), service " + service.uuid());
        TextTable table = new TextTable("LINK", "COST", "LATENCY-US", "FREE-MBPS");
        for (LinkRef ref : path.link()) {
            Link link = links.get(ref.linkId());
            table.row(link == null ? ref.linkId() : Names.of(link.name(), link.uuid()),
                    link == null || link.costCharacteristic().isEmpty() ? null
                            : link.costCharacteristic().get(0).costValue(),
                    link == null || link.latencyCharacteristic().isEmpty() ? null
                            : link.latencyCharacteristic().get(0).fixedLatencyCharacteristic(),
                    link == null || link.availableCapacity() == null ? null : link.availableCapacity().toMbps());
        }
        table.print(System.out);
        return null;
    }

    private PathServiceEndPoint endPoint(String sipIdOrName) {
        ServiceInterfacePoint sip = inventory.serviceInterfacePoints().stream()
                .filter(s -> s.uuid().equals(sipIdOrName)).findFirst()
                .or(() -> inventory.serviceInterfacePoints().stream()
                        .filter(s -> s.name().stream().anyMatch(n -> sipIdOrName.equals(n.value()))).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("No service interface point with uuid or name '"
                        + sipIdOrName + "'"));
        PathServiceEndPointBuilder endPoint = PathServiceEndPointBuilder.builder().serviceInterfacePoint(sip.uuid());
        if (layer != null) {
            try {
                endPoint.serviceLayer(LayerProtocolName.valueOf(layer));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--layer is one of " + List.of(LayerProtocolName.values())
                        + ", not '" + layer + "'", e);
            }
        }
        return endPoint.build();
    }
}
