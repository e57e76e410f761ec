package org.presto.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presto.model.CapacityValue;
import org.presto.model.NrpCarrierEthConnectivityResource;
import org.presto.model.ServiceInterfacePoint;
import org.presto.model.VlanId;
import org.presto.model.ConnectivityServiceEndPoint;
import org.presto.model.LayerProtocolName;
import org.presto.model.PortRole;

class TapiJsonTest {
    private final ObjectMapper mapper = TapiJson.newMapper();

    private static final String END_POINT = """
            {"local-id": "ep-a", "role": "SYMMETRIC", "layer-protocol-name": "ETH",
             "service-interface-point": {"service-interface-point-id": "sip-1"},
             "nrp-interface:nrp-carrier-eth-connectivity-end-point-resource": {
               "ce-vlan-id-list-and-untag": {"vlan-id": [{"vlan-id": 100}], "vlan-id-mapping-type": "LIST"}}}
            """;

    @Test
    void readsSpecMembersWithModulePrefixedAugmentation() throws Exception {
        ConnectivityServiceEndPoint ep = mapper.readValue(END_POINT, ConnectivityServiceEndPoint.class);
        assertEquals("sip-1", ep.sipId());
        assertEquals(PortRole.SYMMETRIC, ep.role());
        assertEquals(LayerProtocolName.ETH, ep.layerProtocolName());
        assertEquals(100, ep.ceVlanIds().get(0).vlanId());
    }

    @Test
    void writesUnprefixedMembersAsTheSwaggerNamesThem() throws Exception {
        ConnectivityServiceEndPoint ep = mapper.readValue(END_POINT, ConnectivityServiceEndPoint.class);
        JsonNode json = mapper.valueToTree(ep);
        assertEquals(100, json.at("/nrp-carrier-eth-connectivity-end-point-resource/ce-vlan-id-list-and-untag"
                + "/vlan-id/0/vlan-id").asInt());
        assertEquals("sip-1", json.at("/service-interface-point/service-interface-point-id").asText());
        assertEquals(mapper.readTree(mapper.writeValueAsString(ep)), json);
    }

    @Test
    void writesOnlyModelMembers() throws Exception {
        assertEquals("{\"vlan-id\":7}", mapper.writeValueAsString(org.presto.model.VlanId.of(7)));
        assertEquals("{\"total-size\":{\"value\":5,\"unit\":\"MBPS\"}}",
                mapper.writeValueAsString(org.presto.model.Capacity.mbps(5)));
    }

    @Test
    void rejectsUnknownMembersAndLiterals() {
        assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"local-id\":\"x\",\"colour\":1}", ConnectivityServiceEndPoint.class));
        assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"role\":\"ROOTS\"}", ConnectivityServiceEndPoint.class));
        assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"local-id\":7}", ConnectivityServiceEndPoint.class));
        assertThrows(MismatchedInputException.class,
                () -> mapper.readValue("{\"local-id\":true}", ConnectivityServiceEndPoint.class));
    }

    @Test
    void readsNumbersAndBooleansInEitherEncoding() throws Exception {
        NrpCarrierEthConnectivityResource evc = mapper.readValue("""
                {"max-frame-size": "2000", "ce-vlan-pcp-preservation": "true", "multipoint-capable": false}
                """, NrpCarrierEthConnectivityResource.class);
        assertEquals(2000L, evc.maxFrameSize());
        assertEquals(Boolean.TRUE, evc.ceVlanPcpPreservation());
        assertEquals(Boolean.FALSE, evc.multipointCapable());
        assertEquals(50L, mapper.readValue("{\"value\": 50.0, \"unit\": \"GBPS\"}", CapacityValue.class).value());
        assertEquals(50L, mapper.readValue("{\"value\": \" 50 \", \"unit\": \"GBPS\"}", CapacityValue.class)
                .value());
    }

    @Test
    void refusesFractionsOutOfRangeAndNonNumbersWhereTheModelHasIntegers() {
        InvalidFormatException fraction = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"vlan-id\": 1.9}", VlanId.class));
        assertTrue(fraction.getOriginalMessage().contains("a fraction"), fraction.getOriginalMessage());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"vlan-id\": \"1.5\"}", VlanId.class));
        assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"vlan-id\": 4294967296}", VlanId.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"vlan-id\": \"ten\"}", VlanId.class));
        assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"multipoint-capable\": \"yes\"}", NrpCarrierEthConnectivityResource.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"vlan-id\": {}}", VlanId.class));
    }

    @Test
    void refusesDuplicateMembers() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"vlan-id\": 1, \"vlan-id\": 2}",
                VlanId.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"input\": {\"a\": 1, \"a\": 2}}"));
    }

    @Test
    void readsASingleValueWhereTheModelHasAListAndPrefixedLiterals() throws Exception {
        ServiceInterfacePoint sip = mapper.readValue("""
                {"uuid": "s", "layer-protocol-name": "tapi-common:ETH", "name": {"value-name": "n", "value": "v"}}
                """, ServiceInterfacePoint.class);
        assertEquals(List.of(LayerProtocolName.ETH), sip.layerProtocolName());
        assertEquals("v", sip.name().get(0).value());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"layer-protocol-name\": \"acme:ETH\"}",
                ServiceInterfacePoint.class));
    }
}
