package org.presto.core.internal;

import java.util.Arrays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.presto.core.ServiceLevel;
import org.presto.model.RouteObjectiveFunction;

/**
 * One service level the provider offers, from a factory configuration {@code etc/org.presto.servicelevel-NAME.cfg};
 * the core offers the levels whose components are active.
 */
@Component(service = ServiceLevelComponent.class, configurationPid = ServiceLevelComponent.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ServiceLevelComponent.Config.class, factory = true)
public class ServiceLevelComponent {
    static final String FACTORY_PID = "org.presto.servicelevel";

    @ObjectClassDefinition(name = "Presto service level",
            description = "A value of conn-constraint/service-level that create requests may name, and what it means")
    public @interface Config {
        @AttributeDefinition(name = "Name", description = "The service-level value clients send, e.g. BEST_EFFORT")
        String name();

        @AttributeDefinition(name = "Route objective", required = false,
                description = "MIN_WORK_ROUTE_COST, MIN_WORK_ROUTE_HOP or MIN_WORK_ROUTE_LATENCY; empty for the "
                        + "default (least cost). A request's own route-objective-function wins")
        String routeObjectiveFunction() default "";

        @AttributeDefinition(name = "Latency bound (microseconds)", min = "0", required = false,
                description = "The most latency a route of this level may have; 0 for none. A request's own "
                        + "latency-characteristic wins")
        long maxLatencyMicros() default 0;

        @AttributeDefinition(name = "Description", required = false)
        String description() default "";
    }

    private final ServiceLevel level;

    @Activate
    public ServiceLevelComponent(Config config) {
        if (config.name() == null || config.name().isBlank()) {
            throw new IllegalArgumentException("a service level needs a name (name = BEST_EFFORT, say)");
        }
        RouteObjectiveFunction objective = null;
        if (!config.routeObjectiveFunction().isBlank()) {
            objective = Arrays.stream(RouteObjectiveFunction.values())
                    .filter(value -> value.name().equals(config.routeObjectiveFunction().trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("service level " + config.name() + ": "
                            + "routeObjectiveFunction " + config.routeObjectiveFunction() + " is none of "
                            + Arrays.toString(RouteObjectiveFunction.values())));
        }
        level = new ServiceLevel(config.name().trim(), objective,
                config.maxLatencyMicros() > 0 ? config.maxLatencyMicros() : null, config.description());
    }

    ServiceLevel level() {
        return level;
    }
}
