package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The MEF Color Identifier of an EVC/OVC end point: a field of the ingress EI frame and a mapping of its values to
 * green or yellow. color-field-type selects which of sep-color-pac, pcp-color-pac, dei-color-pac or dcsp-color-pac
 * applies (mef-common:color-identifier).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ColorIdentifier(
        @JsonProperty("dei-color-pac") DeiColorIdPac deiColorPac,
        @JsonProperty("color-field-type") ColorFieldType colorFieldType,
        @JsonProperty("sep-color-pac") SepColorIdPac sepColorPac,
        @JsonProperty("dcsp-color-pac") List<DscpColorIdPac> dcspColorPac,
        @JsonProperty("pcp-color-pac") PcpColorIdPac pcpColorPac) implements ColorIdentifierBuilder.With {

    public ColorIdentifier {
        dcspColorPac = Lists.copy(dcspColorPac);
    }
}
