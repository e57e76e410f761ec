package org.presto.driver.netconf.device;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.client.SshClient;
import org.presto.driver.netconf.protocol.NetconfEndpoint;
import org.presto.driver.netconf.protocol.NetconfSession;
import org.presto.driver.netconf.protocol.RpcException;
import org.presto.driver.netconf.protocol.Xml;
import org.presto.spi.DeviceStatus;
import org.presto.spi.DeviceStatus.Connection;
import org.presto.spi.DriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * One switch reached over NETCONF: keeps a session open (opening it again after a failure) and makes each change a
 * transaction on the device. A change locks the datastores, reads the configuration, lets the caller decide the edit
 * from it, and applies it with {@code edit-config} to the candidate datastore and {@code commit} (which validates the
 * whole configuration) where the device offers a candidate; a device without a candidate datastore gets the edit on
 * running, with
 * rollback-on-error when offered. A refused edit leaves the device as it was: the candidate is discarded.
 */
public final class NetconfDevice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetconfDevice.class);
    static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
    static final String ROLLBACK_ON_ERROR = "urn:ietf:params:netconf:capability:rollback-on-error:1.0";

    /** What a change does, decided from the configuration found on the locked device. */
    public interface Plan<T> {
        Change<T> plan(SwitchConfig current) throws DriverException;
    }

    /**
     * @param edit the {@code edit-config} contents, or null when the device holds what was asked already
     * @param result what the change returns to its caller
     */
    public record Change<T>(String edit, T result) {
    }

    private final String name;
    private final NetconfEndpoint endpoint;
    private final SshClient client;
    private final Duration timeout;
    private final ScheduledExecutorService watchdogs;
    private NetconfSession session;
    private volatile DeviceStatus status;

    public NetconfDevice(String name, NetconfEndpoint endpoint, SshClient client, Duration timeout,
            ScheduledExecutorService watchdogs) {
        this.name = name;
        this.endpoint = endpoint;
        this.client = client;
        this.timeout = timeout;
        this.watchdogs = watchdogs;
        this.status = new DeviceStatus(name, endpoint.toString(), Connection.NOT_CONNECTED, "");
    }

    public String name() {
        return name;
    }

    public DeviceStatus status() {
        return status;
    }

    /** The switch's running configuration. */
    public synchronized SwitchConfig read() throws DriverException {
        return call(NetconfDevice::running);
    }

    /** Makes one change as a transaction on the device; see the class comment. */
    public synchronized <T> T change(Plan<T> plan) throws DriverException {
        return call(open -> open.offers(CANDIDATE) ? viaCandidate(open, plan) : viaRunning(open, plan));
    }

    private interface SessionCall<T> {
        T run(NetconfSession session) throws IOException, RpcException, DriverException;
    }

    private <T> T call(SessionCall<T> work) throws DriverException {
        try {
            return work.run(session());
        } catch (IOException e) {
            closeSession();
            status = new DeviceStatus(name, endpoint.toString(), Connection.FAILED, e.getMessage());
            throw new DriverException("device " + name + " (" + endpoint + "): " + e.getMessage(), e, true);
        } catch (RpcException e) {
            throw new DriverException("device " + name + ": " + e.getMessage(), e, e.isTransient());
        }
    }

    private NetconfSession session() throws IOException, DriverException {
        if (session != null && session.isOpen()) {
            return session;
        }
        closeSession();
        NetconfSession opened = NetconfSession.open(client, endpoint, timeout, watchdogs);
        if (opened.capabilities().stream().noneMatch(c -> c.startsWith(SwitchConfig.NS + "?"))) {
            opened.close();
            String problem = "the device does not implement the YANG module " + SwitchConfig.MODULE + " ("
                    + SwitchConfig.NS + ")";
            status = new DeviceStatus(name, endpoint.toString(), Connection.FAILED, problem);
            throw new DriverException("device " + name + ": " + problem);
        }
        session = opened;
        status = new DeviceStatus(name, endpoint.toString(), Connection.CONNECTED, "session " + opened.sessionId()
                + (opened.offers(NetconfSession.BASE_1_1) ? ", NETCONF 1.1" : ", NETCONF 1.0")
                + (opened.offers(CANDIDATE) ? ", candidate" : ", running only"));
        LOG.info("Connected to device {} ({}): {}", name, endpoint, status.detail());
        return opened;
    }

    private static SwitchConfig running(NetconfSession session) throws IOException, RpcException {
        Element reply = session.rpc("<get-config><source><running/></source>" + SwitchEdits.FILTER
                + "</get-config>");
        Element data = Xml.child(reply, NetconfSession.BASE_NS, "data")
                .orElseThrow(() -> new IOException("get-config answered without data"));
        return SwitchConfig.parse(data);
    }

    private <T> T viaCandidate(NetconfSession open, Plan<T> plan) throws IOException, RpcException,
            DriverException {
        lock(open, "running");
        try {
            // a candidate holding uncommitted edits cannot be locked (RFC 6241 7.5): start from running first
            open.rpc("<discard-changes/>");
            lock(open, "candidate");
            try {
                Change<T> change = plan.plan(running(open));
                if (change.edit() != null) {
                    try {
                        open.rpc(editConfig("candidate", change.edit(), false));
                        // commit validates the whole candidate (RFC 6241 8.3.4.1); a separate <validate> first
                        // made netconfd (yuma123 2.13) answer the commit ok without applying it
                        open.rpc("<commit/>");
                    } catch (RpcException refusal) {
                        discardAfter(open, refusal);
                        throw refusal;
                    }
                }
                return change.result();
            } finally {
                unlock(open, "candidate");
            }
        } finally {
            unlock(open, "running");
        }
    }

    private <T> T viaRunning(NetconfSession open, Plan<T> plan) throws IOException, RpcException, DriverException {
        lock(open, "running");
        try {
            Change<T> change = plan.plan(running(open));
            if (change.edit() != null) {
                open.rpc(editConfig("running", change.edit(), open.offers(ROLLBACK_ON_ERROR)));
            }
            return change.result();
        } finally {
            unlock(open, "running");
        }
    }

    /**
     * Leaves the candidate as running after a refusal, which stays the error reported; if even that fails the
     * session is closed, which discards the candidate's edits with the lock (RFC 6241 8.3.5.2).
     */
    private void discardAfter(NetconfSession open, RpcException refusal) {
        try {
            open.rpc("<discard-changes/>");
        } catch (IOException | RpcException e) {
            refusal.addSuppressed(e);
            closeSession();
        }
    }

    private static String editConfig(String target, String edit, boolean rollbackOnError) {
        return "<edit-config><target><" + target + "/></target>"
                + (rollbackOnError ? "<error-option>rollback-on-error</error-option>" : "")
                + "<config>" + edit + "</config></edit-config>";
    }

    private static void lock(NetconfSession open, String datastore) throws IOException, RpcException {
        open.rpc("<lock><target><" + datastore + "/></target></lock>");
    }

    /** Unlocks; a failure here must not hide the outcome of the change, and a closed session drops its locks. */
    private void unlock(NetconfSession open, String datastore) {
        try {
            open.rpc("<unlock><target><" + datastore + "/></target></unlock>");
        } catch (IOException | RpcException e) {
            LOG.warn("Device {}: unlocking {} failed: {}", name, datastore, e.getMessage());
        }
    }

    private void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Override
    public synchronized void close() {
        closeSession();
        status = new DeviceStatus(name, endpoint.toString(), Connection.NOT_CONNECTED, "");
    }
}
