package ${package};

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The driver's configuration (PID {@value ExampleDriver#PID}, in Karaf {@code etc/${package}.cfg}). */
@ObjectClassDefinition(name = "${artifactId}", description = "A Presto driver for one switch")
public @interface ExampleConfig {

    @AttributeDefinition(name = "Driver id", description = "Unique among Presto's drivers and stable: nodes are "
            + "bound to it and uuids derive from it")
    String driverId() default "${artifactId}";

    @AttributeDefinition(name = "Switch", description = "The switch's name: its node's name, and its uuid's source")
    String switchName() default "switch-1";

    @AttributeDefinition(name = "Customer ports", description = "The switch's UNIs, comma-separated")
    String ports() default "uni-1,uni-2,uni-3";

    @AttributeDefinition(name = "Configuration file", description = "Where the template's switch keeps its "
            + "configuration; a relative path is taken from karaf.base")
    String configurationFile() default "data/${artifactId}/switch.conf";
}
