package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * How a Carrier Ethernet connectivity service delivers unicast, multicast or broadcast data service frames: the action
 * and, when it is CONDITIONALLY, the conditions as name-value pairs (nrm-connectivity:frame-delivery-condition).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FrameDeliveryCondition(
        @JsonProperty("action") DeliveryActionType action,
        @JsonProperty("delivery-condition") List<Name> deliveryCondition)
        implements FrameDeliveryConditionBuilder.With {

    public FrameDeliveryCondition {
        deliveryCondition = Lists.copy(deliveryCondition);
    }
}
