package ${package};

import java.io.IOException;
import java.util.List;

/**
 * How the driver talks to its switch: the one part of this template you replace. Implement it with your device's
 * protocol (a NETCONF or gNMI session, a REST client of your EMS, a CLI over SSH...). Every method reads or changes
 * the device itself; none remembers anything of its own.
 */
public interface DeviceClient {

    /**
     * A single-rate policer of frames entering at a port, as the device holds it.
     *
     * @param cirBps the committed rate in bit/s; 0 for none
     * @param cbsBytes the committed burst in bytes
     */
    record Policer(long cirBps, long cbsBytes) {
        static final Policer NONE = new Policer(0, 0);
    }

    /** A VLAN cross-connect as the device holds it, with the policer at each end. */
    record CrossConnect(String name, String service, String portA, int vlanA, Policer policerA, String portB,
                        int vlanB, Policer policerB) {
    }

    /** The switch's customer ports (UNIs), by name. */
    List<String> ports() throws IOException;

    /** The cross-connects configured on the switch now. */
    List<CrossConnect> crossConnects() throws IOException;

    /** Configures a cross-connect; the device refuses a name it holds already. */
    void add(CrossConnect crossConnect) throws IOException;

    /** Takes a cross-connect away; a name the device does not hold changes nothing. */
    void delete(String name) throws IOException;
}
