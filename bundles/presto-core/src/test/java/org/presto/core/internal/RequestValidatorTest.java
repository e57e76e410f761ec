package org.presto.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presto.core.ConnectivityRequest;
import org.presto.core.PrestoException.Reason;
import org.presto.core.PrestoException;
import org.presto.core.internal.planning.RequestValidator;
import org.presto.core.internal.planning.ValidatedEndPoint;
import org.presto.model.AdministrativeState;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.ConnectivityServiceEndPointBuilder;
import org.presto.model.PortDirection;
import org.presto.model.PortRole;
import org.presto.model.ServiceInterfacePointRef;
import org.presto.model.ServiceType;

/**
 * The checks of a create request, each refusal with its reason and the member of the request it names, before
 * anything is planned; on the emulator's demo network.
 */
class RequestValidatorTest {
    @TempDir
    Path dir;
    DemoNetworkFixture net;

    @BeforeEach
    void start() throws Exception {
        net = new DemoNetworkFixture(dir);
    }

    @AfterEach
    void stop() {
        net.close();
    }

    private ConnectivityServiceEndPoint at(String sipName, int vlan) {
        return net.endPoint(sipName, vlan, null);
    }

    private PrestoException refused(ServiceType type, ConnectivityServiceEndPoint... ends) {
        return assertThrows(PrestoException.class, () -> RequestValidator.validate(new ConnectivityRequest(null,
                java.util.Arrays.asList(ends), type, null, null), net.inventory));
    }

    private static void assertRefusal(Reason reason, String member, PrestoException refusal) {
        assertEquals(reason, refusal.reason(), refusal.getMessage());
        assertEquals(member, refusal.member(), refusal.getMessage());
    }

    @Test
    void aValidELineGivesItsEndPointsOnTheirPorts() {
        List<ValidatedEndPoint> ends = RequestValidator.validate(new ConnectivityRequest(null, List.of(
                at("pe1-uni-1", 10), at("pe4-uni-1", 20)), null, null, null), net.inventory);
        assertEquals(List.of(net.nep("pe1-uni-1"), net.nep("pe4-uni-1")), ends.stream()
                .map(end -> end.location().nepId()).toList());
    }

    @Test
    void endPointCountsFollowTheServiceType() {
        assertRefusal(Reason.INVALID_INPUT, "end-point", refused(null, at("pe1-uni-1", 10)));
        assertRefusal(Reason.INVALID_INPUT, "end-point", refused(null, at("pe1-uni-1", 10), at("pe2-uni-1", 10),
                at("pe3-uni-1", 10)));
        assertRefusal(Reason.INVALID_INPUT, "end-point", refused(ServiceType.MULTIPOINT_CONNECTIVITY,
                at("pe1-uni-1", 10)));
    }

    @Test
    void rolesBelongToETrees() {
        assertRefusal(Reason.INVALID_INPUT, "end-point[1]/role", refused(null, at("pe1-uni-1", 10),
                net.endPoint("pe2-uni-1", 10, PortRole.LEAF)));
        assertRefusal(Reason.INVALID_INPUT, "end-point[0]/role", refused(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                at("pe1-uni-1", 10), net.endPoint("pe2-uni-1", 10, PortRole.LEAF)));
        assertRefusal(Reason.INVALID_INPUT, "end-point", refused(ServiceType.ROOTED_MULTIPOINT_CONNECTIVITY,
                net.endPoint("pe1-uni-1", 10, PortRole.LEAF), net.endPoint("pe2-uni-1", 10, PortRole.LEAF)));
    }

    @Test
    void eachEndPointIsOnASipOfItsOwn() {
        assertRefusal(Reason.INVALID_INPUT, "end-point[1]/service-interface-point", refused(null,
                at("pe1-uni-1", 10), at("pe1-uni-1", 20)));
        ConnectivityServiceEndPoint unknown = ConnectivityServiceEndPointBuilder.builder()
                .serviceInterfacePoint(new ServiceInterfacePointRef("no-such-sip")).build();
        assertRefusal(Reason.NOT_FOUND, "end-point[1]/service-interface-point", refused(null, at("pe1-uni-1", 10),
                unknown));
        ConnectivityServiceEndPoint none = ConnectivityServiceEndPointBuilder.builder().build();
        assertRefusal(Reason.INVALID_INPUT, "end-point[0]/service-interface-point", refused(null, none,
                at("pe1-uni-1", 10)));
        assertRefusal(Reason.INVALID_INPUT, "end-point[1]", refused(null, at("pe1-uni-1", 10), null));
    }

    @Test
    void statesAndDirectionsPrestoCannotHonourAreRefusedAtTheirMember() {
        ConnectivityServiceEndPoint locked = at("pe2-uni-1", 10).withAdministrativeState(AdministrativeState.LOCKED);
        assertRefusal(Reason.INVALID_INPUT, "end-point[1]/administrative-state", refused(null, at("pe1-uni-1", 10),
                locked));
        ConnectivityServiceEndPoint oneWay = at("pe2-uni-1", 10).withDirection(PortDirection.INPUT);
        assertRefusal(Reason.INVALID_INPUT, "end-point[1]/direction", refused(null, at("pe1-uni-1", 10), oneWay));
    }
}
