package org.presto.api.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.presto.core.AuditTrail;
import org.presto.core.ConnectivityManager;
import org.presto.core.NetworkInventory;
import org.presto.core.PathComputation;
import org.presto.core.PrestoContext;
import org.presto.model.json.TapiJson;
import org.presto.model.yang.NrpModules;
import org.presto.model.yang.YangSchema;
import org.presto.security.Authenticator;

/**
 * Publishes the RESTCONF resources on CXF's servlet (whose context, /restconf, is set in etc/org.apache.cxf.osgi.cfg)
 * for as long as the core services are there.
 */
@Component(service = RestconfServer.class, immediate = true, configurationPid = RestconfServer.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RestconfConfig.class)
public class RestconfServer {
    public static final String PID = "org.presto.api";
    private final Server server;

    @Activate
    public RestconfServer(@Reference ConnectivityManager connectivity, @Reference NetworkInventory inventory,
                          @Reference PathComputation paths, @Reference PrestoContext context,
                          @Reference Authenticator authenticator, @Reference AuditTrail trail,
                          RestconfConfig config) {
        ObjectMapper json = TapiJson.newMapper();
        YangSchema schema = NrpModules.schema();
        YangLibrary library = new YangLibrary(json);
        json.getFactory().setStreamReadConstraints(RpcInput.limits());
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        // CXF's bus is not an OSGi service with a declared capability; the feature installs cxf-core before us
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress("/");
        // each value of a header its own header line, as browsers need WWW-Authenticate's challenges (CXF would
        // join them with commas, which RFC 7235 allows and Chrome and Firefox misread)
        factory.setProperties(java.util.Map.of("org.apache.cxf.http.add-headers", Boolean.TRUE));
        factory.setServiceBeans(List.of(
                new OperationsResource(connectivity, inventory, paths, json, schema),
                new DataResource(new ContextSlices(context, connectivity, inventory, json), connectivity, json, schema,
                        library),
                new RestconfRootResource(json, library),
                new ApiDocsResource()));
        RateLimits perCaller = new RateLimits(config.requestsPerSecond(), config.burst(), System::nanoTime);
        RateLimits failedLogins = new RateLimits(config.failedLoginsPerMinute() / 60.0,
                config.failedLoginsPerMinute(), System::nanoTime);
        factory.setProviders(List.of(new AuthenticationFilter(authenticator, json, perCaller, failedLogins),
                new BodyLimitFilter(json, Duration.ofSeconds(config.requestBodySeconds()),
                        config.minRequestBytesPerSecond(), System::nanoTime),
                new ErrorMapper(json),
                new AuditFilter(trail, json, Clock.systemUTC()),
                new RestconfMediaTypeFilter(json)));
        // CXF looks up its extensions through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestconfServer.class.getClassLoader());
        try {
            server = factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }
}
