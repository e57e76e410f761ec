package org.presto.model;

/** TAPI layer protocol names (tapi-common:layer-protocol-name), literals as in the spec. */
public enum LayerProtocolName {
    OTSiA,
    OCH,
    OTU,
    ODU,
    ETH,
    ETY,
    DSR;
}
