package org.presto.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A MEF bandwidth profile Envelope at a UNI or ENNI: its envelope-id and the coupling flag for index zero, which lets
 * unused green tokens be used as yellow tokens. Each bandwidth profile flow names the envelope it belongs to
 * (mef-common:envelope).
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Envelope(
        @JsonProperty("coupling-flag-for-index-zero") Boolean couplingFlagForIndexZero,
        @JsonProperty("envelope-id") String envelopeId) implements EnvelopeBuilder.With {
}
