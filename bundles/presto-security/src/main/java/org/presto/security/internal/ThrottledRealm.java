package org.presto.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JAAS realm that is another one (Karaf's {@code karaf} realm, or whichever realm of that name ranks highest below
 * this one) with a {@link ThrottleLoginModule} in front: the same users, keys, password hashing and audit modules,
 * and password logins refused for a while after too many failures ({@link LoginFailures}). Karaf's JAAS
 * configuration uses the realm of a name with the highest rank, so this one takes the SSH console's logins and the
 * REST API's HTTP Basic without either being configured otherwise. Refusing is immediate: a lock makes no thread
 * wait, so that it cannot be turned into a way to hold the server's threads.
 */
@Component(service = JaasRealm.class, configurationPid = ThrottledRealm.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = LoginThrottleConfig.class)
public final class ThrottledRealm implements JaasRealm {
    public static final String PID = "org.presto.security.login";
    /** Above any realm an operator would rank by hand (Karaf's documentation uses 1). */
    static final int RANK = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ThrottledRealm.class);

    private final String name;
    private final AppConfigurationEntry throttle;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(!(component.name=org.presto.security.internal.ThrottledRealm))")
    private volatile List<JaasRealm> realms;

    @Activate
    public ThrottledRealm(LoginThrottleConfig config, BundleContext context) {
        this.name = config.realm().strip();
        LoginFailures failures = new LoginFailures(config.failuresBeforeLock(),
                Duration.ofSeconds(config.lockSeconds()), Duration.ofSeconds(config.maxLockSeconds()),
                Duration.ofSeconds(config.forgetSeconds()), Clock.systemUTC());
        // Karaf's proxy loads the module from this bundle, and hands it the options: the failures among them
        this.throttle = new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                LoginModuleControlFlag.REQUISITE, Map.of(
                        ProxyLoginModule.PROPERTY_MODULE, ThrottleLoginModule.class.getName(),
                        ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                        ThrottleLoginModule.FAILURES, failures));
        LOG.info("Password logins to realm {}: {}", name, config.failuresBeforeLock() <= 0 ? "not throttled"
                : "refused for " + config.lockSeconds() + " s (up to " + config.maxLockSeconds() + " s) after "
                        + config.failuresBeforeLock() + " failures in a row");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    /** The throttle, then the entries of the realm this one stands in front of; none while there is none. */
    @Override
    public AppConfigurationEntry[] getEntries() {
        Optional<JaasRealm> behind = wrapped();
        return behind.map(realm -> Stream.concat(Stream.of(throttle), Stream.of(realm.getEntries()))
                .toArray(AppConfigurationEntry[]::new)).orElseGet(() -> new AppConfigurationEntry[0]);
    }

    private Optional<JaasRealm> wrapped() {
        List<JaasRealm> known = realms;
        return known == null ? Optional.empty() : known.stream()
                .filter(realm -> realm != this && name.equals(realm.getName()) && realm.getRank() < RANK)
                .max(Comparator.comparingInt(JaasRealm::getRank));
    }
}
