package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The protection and restoration settings of a TAPI connectivity service or switch control: resilience type, reversion
 * mode, wait-to-revert time (minutes), hold-off time (milliseconds), lock-out, freeze, restore priority, maximum switch
 * times and the coordination between layers and between both ends (tapi-connectivity:resilience-constraint).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResilienceConstraint(
        @JsonProperty("is-lock-out") Boolean isLockOut,
        @JsonProperty("max-switch-times") Integer maxSwitchTimes,
        @JsonProperty("restoration-coordinate-type") CoordinateType restorationCoordinateType,
        @JsonProperty("is-coordinated-switching-both-ends") Boolean isCoordinatedSwitchingBothEnds,
        @JsonProperty("hold-off-time") Integer holdOffTime,
        @JsonProperty("is-frozen") Boolean isFrozen,
        @JsonProperty("wait-to-revert-time") Integer waitToRevertTime,
        @JsonProperty("layer-protocol") LayerProtocolName layerProtocol,
        @JsonProperty("resilience-type") ResilienceType resilienceType,
        @JsonProperty("restore-priority") Integer restorePriority,
        @JsonProperty("reversion-mode") ReversionMode reversionMode) implements ResilienceConstraintBuilder.With {
}
