package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Color Identifier choice that gives every frame of the EVC/OVC end point one color, green or yellow
 * (mef-common:sep-color-id-pac).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SepColorIdPac(
        @JsonProperty("color") FrameColor color) implements SepColorIdPacBuilder.With {
}
