package org.presto.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.junit.jupiter.api.Test;

/**
 * The throttle in front of a realm, through the JDK's own {@link LoginContext} and its control flags: the realm's
 * password module behind it is SUFFICIENT, as Karaf's is.
 */
class ThrottleLoginModuleTest {
    private final MovableClock clock = new MovableClock();
    private final LoginFailures failures = new LoginFailures(3, Duration.ofSeconds(30), Duration.ofSeconds(75),
            Duration.ofMinutes(15), clock);

    @Test
    void aFailingRealmStillFailsWithTheThrottleInFront() {
        // the throttle ignores itself; were it to succeed, a requisite success would let a wrong password in
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertEquals(Duration.ZERO, failures.lockedFor("alice"));
    }

    @Test
    void tooManyFailuresLockEvenTheRightPasswordUntilTheLockEnds() throws Exception {
        login("alice", "right");
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertEquals(Duration.ofSeconds(30), failures.lockedFor("alice"));
        AccountLockedException locked = assertThrows(AccountLockedException.class, () -> login("alice", "right"));
        assertEquals("too many failed logins for 'alice': refused for 30 s more", locked.getMessage());
        login("bob", "right");
        clock.advance(Duration.ofSeconds(31));
        // the lock has passed, the count has not: the next failure locks twice as long, then the ceiling
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertEquals(Duration.ofSeconds(60), failures.lockedFor("alice"));
        clock.advance(Duration.ofSeconds(61));
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertEquals(Duration.ofSeconds(75), failures.lockedFor("alice"));
        clock.advance(Duration.ofSeconds(76));
        login("alice", "right");
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertEquals(Duration.ZERO, failures.lockedFor("alice"), "a success starts the count over");
    }

    @Test
    void failuresLongAgoAreForgotten() {
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        clock.advance(Duration.ofMinutes(16));
        assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        assertEquals(Duration.ZERO, failures.lockedFor("alice"));
    }

    @Test
    void guessesSentSideBySideCountAsTheyStart() {
        // three attempts under way use up the allowance of three: a fourth waits for them to be settled
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, failures.begin("alice"));
        }
        assertEquals(Duration.ofSeconds(1), failures.begin("alice"));
        failures.failed("alice");
        failures.failed("alice");
        failures.failed("alice");
        assertEquals(Duration.ofSeconds(30), failures.lockedFor("alice"));
        // an attempt that began before the lock and succeeds does not lift it
        failures.succeeded("alice");
        assertEquals(Duration.ofSeconds(30), failures.lockedFor("ALICE "));
    }

    @Test
    void loginsWithAKeyAreNeitherCountedNorLocked() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThrows(FailedLoginException.class, () -> login("alice", "wrong"));
        }
        CallbackHandler keyOnly = callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName("alice");
                } else {
                    throw new UnsupportedCallbackException(callback);
                }
            }
        };
        // the realm's key module is stood for by the same test module, which lets a name without password in
        new LoginContext("test", new Subject(), keyOnly, realm()).login();
    }

    @Test
    void manyUserNamesStayBoundedAndLocksAreKept() {
        for (int i = 0; i < 3; i++) {
            failures.failed("alice");
        }
        for (int i = 0; i < 2 * LoginFailures.MAX; i++) {
            failures.failed("user-" + i);
        }
        assertTrue(failures.users() <= LoginFailures.MAX, failures.users() + " user names remembered");
        assertEquals(Duration.ofSeconds(30), failures.lockedFor("alice"));
    }

    private void login(String user, String password) throws LoginException {
        CallbackHandler handler = callbacks -> {
            for (Callback callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        };
        new LoginContext("test", new Subject(), handler, realm()).login();
    }

    private Configuration realm() {
        return new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {
                    new AppConfigurationEntry(ThrottleLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE,
                            Map.of(ThrottleLoginModule.FAILURES, failures)),
                    new AppConfigurationEntry(PasswordModule.class.getName(), LoginModuleControlFlag.SUFFICIENT,
                            Map.of())};
            }
        };
    }

    /** A realm's password module: the password is "right"; a login without a password (with a key) passes. */
    public static final class PasswordModule implements LoginModule {
        private CallbackHandler handler;

        @Override
        public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                Map<String, ?> options) {
            this.handler = callbackHandler;
        }

        @Override
        public boolean login() throws LoginException {
            PasswordCallback password = new PasswordCallback("password: ", false);
            try {
                handler.handle(new Callback[] {new NameCallback("user: "), password});
            } catch (UnsupportedCallbackException e) {
                return true;
            } catch (java.io.IOException e) {
                throw new LoginException(e.getMessage());
            }
            if (!"right".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("wrong password");
            }
            return true;
        }

        @Override
        public boolean commit() {
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
