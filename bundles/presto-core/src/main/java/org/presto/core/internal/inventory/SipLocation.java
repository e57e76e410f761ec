package org.presto.core.internal.inventory;

import org.presto.model.ServiceInterfacePoint;

/** Where a SIP sits: the node and the owned node edge point that map it. */
public record SipLocation(ServiceInterfacePoint sip, String nodeId, String nepId, boolean available) {
}
