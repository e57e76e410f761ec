package org.presto.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How password logins are slowed down after failures (PID {@value ThrottledRealm#PID}). */
@ObjectClassDefinition(name = "Presto login throttle",
        description = "Password logins to a JAAS realm (SSH console and HTTP Basic share Karaf's) are refused for a "
                + "while after too many failures in a row for one user name")
public @interface LoginThrottleConfig {

    @AttributeDefinition(name = "Realm", description = "The JAAS realm whose password logins are throttled")
    String realm() default "karaf";

    @AttributeDefinition(name = "Failures before a lock", min = "0",
            description = "Wrong passwords in a row for one user name that lock its logins; 0 never locks")
    int failuresBeforeLock() default 5;

    @AttributeDefinition(name = "Lock (s)", min = "1",
            description = "How long the first lock lasts; each further failure locks as long again, added up")
    int lockSeconds() default 30;

    @AttributeDefinition(name = "Longest lock (s)", min = "1", description = "The ceiling of a lock")
    int maxLockSeconds() default 900;

    @AttributeDefinition(name = "Forget after (s)", min = "1",
            description = "Failures this long before the next one no longer count")
    int forgetSeconds() default 900;
}
