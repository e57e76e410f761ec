package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Represents the capability to control and coordinate switches, to add/delete/modify FCs and to add/delete/modify
 * LTPs/LPs so as to realize a protection scheme. (tapi.connectivity.SwitchControl).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SwitchControl(
        @JsonProperty("uuid") String uuid,
        @JsonProperty("name") List<Name> name,
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
        @JsonProperty("reversion-mode") ReversionMode reversionMode,
        @JsonProperty("sub-switch-control") List<SwitchControlRef> subSwitchControl,
        @JsonProperty("switch") List<Switch> switches) implements SwitchControlBuilder.With {

    public SwitchControl {
        name = Lists.copy(name);
        subSwitchControl = Lists.copy(subSwitchControl);
        switches = Lists.copy(switches);
    }
}
