package org.presto.driver.netconf.device;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.client.SshClient;
import org.presto.driver.netconf.protocol.NetconfEndpoint;
import org.presto.driver.netconf.protocol.NetconfSession;

/**
 * What the sessions of one driver instance share: a started SSH client and the timer that ends exchanges which take
 * too long. Closing it ends every session made through it.
 */
public final class SshResources implements AutoCloseable {
    private final SshClient client = NetconfSession.newClient();
    private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "presto-netconf-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    public SshResources() {
        client.start();
    }

    /** A device reached through these resources; it connects on first use. */
    public NetconfDevice device(String name, NetconfEndpoint endpoint, Duration timeout) {
        return new NetconfDevice(name, endpoint, client, timeout, watchdogs);
    }

    @Override
    public void close() {
        client.stop();
        watchdogs.shutdownNow();
    }
}
