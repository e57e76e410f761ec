package org.presto.bench.bare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The reference of the read benchmarks: {@code GET /restconf/bare/{size}} answers {@code size} bytes of a fixed JSON
 * document from memory, through the same Jetty, servlet and CXF bus as the API, without authentication or any
 * lookup. What the API costs beyond it is the API's own work.
 */
@Component(immediate = true)
public class BareEndpoint {
    private final Server server;

    @Activate
    public BareEndpoint() {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress("/bare");
        factory.setServiceBeans(List.of(new Documents()));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BareEndpoint.class.getClassLoader());
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

    /** Fixed documents of the sizes asked, made once. */
    @Path("/")
    public static class Documents {
        private final java.util.Map<Integer, byte[]> made = new java.util.concurrent.ConcurrentHashMap<>();

        @GET
        @Path("{size : [0-9]{1,8}}")
        public Response document(@PathParam("size") int size) {
            byte[] body = made.computeIfAbsent(size, Documents::filled);
            return Response.ok(body, MediaType.APPLICATION_JSON).build();
        }

        private static byte[] filled(int size) {
            StringBuilder text = new StringBuilder("{\"filler\":\"");
            while (text.length() < size - 2) {
                text.append('x');
            }
            return text.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
