package org.presto.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first module of a throttled realm ({@link ThrottledRealm}), {@code REQUISITE}: refuses a password login at
 * once while its user is locked, or while as many of its attempts are under way as it has failures left
 * ({@link LoginFailures}); otherwise it counts the attempt as under way and settles it with the outcome of the
 * modules after it.
 * It never succeeds itself ({@code login} returns false, "ignore this module"): a requisite module that succeeded
 * would make the whole login succeed when the sufficient ones after it fail. Logins with a key, whose handler has no
 * password to give, are neither counted nor locked: there is nothing to guess.
 */
public final class ThrottleLoginModule implements LoginModule {
    /** The option that carries the realm's {@link LoginFailures}. */
    static final String FAILURES = LoginFailures.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(ThrottleLoginModule.class);

    private CallbackHandler handler;
    private LoginFailures failures;
    private String user;

    /** As JAAS makes login modules: by class name, without arguments. */
    public ThrottleLoginModule() {
    }

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.handler = callbackHandler;
        this.failures = (LoginFailures) options.get(FAILURES);
    }

    @Override
    public boolean login() throws LoginException {
        user = null;
        NameCallback name = new NameCallback("user: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (UnsupportedCallbackException e) {
            return false;
        } catch (IOException e) {
            throw new LoginException("no user name and password: " + e.getMessage());
        } finally {
            password.clearPassword();
        }
        if (name.getName() == null || failures == null) {
            return false;
        }
        Duration locked = failures.begin(name.getName());
        if (!locked.isZero()) {
            throw new AccountLockedException("too many failed logins for '" + Printable.of(name.getName(), 64)
                    + "': refused for " + seconds(locked) + " s more");
        }
        user = name.getName();
        return false;
    }

    @Override
    public boolean commit() {
        if (user != null) {
            failures.succeeded(user);
            user = null;
        }
        return false;
    }

    @Override
    public boolean abort() {
        if (user != null) {
            Duration lock = failures.failed(user);
            if (!lock.isZero()) {
                LOG.warn("Logins of '{}' refused for {} s: too many wrong passwords in a row",
                        Printable.of(user, 64), seconds(lock));
            }
            user = null;
        }
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }

    private static long seconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
