package org.presto.driver.netconf;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The NETCONF driver itself (PID {@value NetconfDriverComponent#PID}); its devices are configured one by one. */
@ObjectClassDefinition(name = "Presto NETCONF driver",
        description = "Configures VLAN switches over NETCONF (RFC 6241) on SSH (RFC 6242)")
public @interface NetconfDriverConfig {

    @AttributeDefinition(name = "Driver id", description = "Unique among Presto's drivers and stable: nodes are "
            + "bound to it and uuids derive from it")
    String driverId() default "netconf";

    @AttributeDefinition(name = "Timeout (ms)", description = "How long to wait for a device to connect, log in "
            + "or answer one rpc", min = "100")
    long timeoutMillis() default 10_000;
}
