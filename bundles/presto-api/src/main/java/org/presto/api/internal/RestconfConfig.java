package org.presto.api.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the REST API (PID {@value RestconfServer#PID}); a change re-publishes the API. */
@ObjectClassDefinition(name = "Presto REST API",
        description = "Limits that keep one client from taking the API from the others")
public @interface RestconfConfig {

    @AttributeDefinition(name = "Requests per second", min = "0",
            description = "Sustained requests per second of one caller (its user name or token subject); beyond "
                    + "them 429 with Retry-After. 0: no limit")
    int requestsPerSecond() default 1000;

    @AttributeDefinition(name = "Burst", min = "1",
            description = "Requests one caller may make at once above the sustained rate")
    int burst() default 2000;

    @AttributeDefinition(name = "Failed logins per minute", min = "0",
            description = "Refused credentials (a wrong password, an invalid token) from one address per minute; "
                    + "beyond them every request from it is 429 with Retry-After until the minute has passed, so "
                    + "passwords cannot be guessed at speed. 0: no limit")
    int failedLoginsPerMinute() default 20;

    @AttributeDefinition(name = "Request body seconds", min = "1",
            description = "The time in which a request body must have arrived, from when the API first reads it; "
                    + "a slower one is answered 408")
    int requestBodySeconds() default 30;

    @AttributeDefinition(name = "Minimum request bytes per second", min = "0",
            description = "The rate at which a request body must arrive after its first second, from when the "
                    + "API first reads it; a slower one is answered 408, so that clients trickling bodies cannot "
                    + "hold the request threads. 0: any rate")
    int minRequestBytesPerSecond() default 1024;
}
