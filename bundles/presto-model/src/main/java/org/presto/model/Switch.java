package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The class models the switched forwarding of traffic (traffic flow) between FcPorts (ConnectionEndPoints) and is
 * present where there is protection functionality in the FC (Connection). (tapi.connectivity.Switch).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Switch(
        @JsonProperty("local-id") String localId,
        @JsonProperty("name") List<Name> name,
        @JsonProperty("selected-connection-end-point") List<ConnectionEndPointRef> selectedConnectionEndPoint,
        @JsonProperty("selected-route") List<String> selectedRoute,
        @JsonProperty("selection-control") SelectionControl selectionControl,
        @JsonProperty("selection-reason") SelectionReason selectionReason,
        @JsonProperty("switch-direction") PortDirection switchDirection) implements SwitchBuilder.With {

    public Switch {
        name = Lists.copy(name);
        selectedConnectionEndPoint = Lists.copy(selectedConnectionEndPoint);
        selectedRoute = Lists.copy(selectedRoute);
    }
}
