package org.presto.driver.statics;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One static network (factory PID {@value StaticNetworkDriver#FACTORY_PID}, one configuration per network). */
@ObjectClassDefinition(name = "Presto static network",
        description = "A network Presto knows from a TAPI context file but does not configure: served, exported and "
                + "used for path computation; services on it are refused")
public @interface StaticNetworkConfig {

    @AttributeDefinition(name = "Driver id",
            description = "Unique among Presto's drivers and stable: the network's nodes are bound to it. Letters, "
                    + "digits, '.', '_', '-'.")
    String driverId();

    @AttributeDefinition(name = "Network",
            description = "The TAPI context file (JSON: 2.1.x, 2.0 or 2.4 shapes, wrapped or bare); a relative path "
                    + "is taken from karaf.base")
    String network();
}
