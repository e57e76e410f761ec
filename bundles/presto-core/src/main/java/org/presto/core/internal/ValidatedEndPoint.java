package org.presto.core.internal;

import org.presto.model.ConnectivityServiceEndPoint;

/** A requested end point checked against the network: its SIP's location and its single CE-VLAN (0 if photonic). */
record ValidatedEndPoint(ConnectivityServiceEndPoint endPoint, SipLocation location, int ceVlan) {
}
