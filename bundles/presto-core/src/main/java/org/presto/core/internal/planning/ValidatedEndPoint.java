package org.presto.core.internal.planning;

import org.presto.core.internal.inventory.SipLocation;
import org.presto.model.ConnectivityServiceEndPoint;

/** A requested end point checked against the network: its SIP's location and its single CE-VLAN (0 if photonic). */
public record ValidatedEndPoint(ConnectivityServiceEndPoint endPoint, SipLocation location, int ceVlan) {
}
