package org.presto.api.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.presto.core.NetworkInventory;
import org.presto.model.IdOrName;
import org.presto.model.ServiceInterfacePoint;

/** The tapi-common RPCs: the service interface points, one of them by uuid or name, and locking or unlocking one. */
final class ServiceInterfacePointOperations implements RpcOperations {
    private static final String SIP = "sip-id-or-name";
    private final NetworkInventory inventory;

    ServiceInterfacePointOperations(NetworkInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public Map<String, Function<RpcInput, Object>> operations() {
        return Map.of(
                "get-service-interface-point-list", in -> in.noInput(
                        Map.of("sip", inventory.serviceInterfacePoints())),
                "get-service-interface-point-details", this::details,
                "update-service-interface-point", this::update);
    }

    private Object update(RpcInput in) {
        UpdateServiceInterfacePointInput input = in.as(UpdateServiceInterfacePointInput.class);
        if (input.sipIdOrName() == null || input.sipIdOrName().isBlank()) {
            throw RestconfError.invalidValue("sip-id-or-name is required", "/input/" + SIP);
        }
        if (input.state() == null) {
            throw RestconfError.invalidValue("state is required: LOCKED or UNLOCKED", "/input/state");
        }
        inventory.updateAdministrativeState(input.sipIdOrName(), input.state());
        return NO_OUTPUT;
    }

    private Object details(RpcInput in) {
        String id = in.requiredString(SIP, Set.of(SIP));
        ServiceInterfacePoint sip = IdOrName.find(inventory.serviceInterfacePoints(), ServiceInterfacePoint::uuid,
                ServiceInterfacePoint::name, id).orElseThrow(() -> RestconfError.notFound(
                "no service interface point with uuid or name '" + id + "'", "/input/" + SIP));
        return Map.of("sip", sip);
    }
}
