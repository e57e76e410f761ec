package org.presto.driver.netconf;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One NETCONF device, as a factory configuration of PID {@value NetconfDeviceComponent#FACTORY_PID}: in Karaf a file
 * {@code etc/org.presto.driver.netconf.device-<name>.cfg} per device.
 */
@ObjectClassDefinition(name = "Presto NETCONF device",
        description = "A VLAN switch the NETCONF driver configures (one configuration per device)")
public @interface NetconfDeviceConfig {

    @AttributeDefinition(name = "Name", description = "Unique among the driver's devices and stable: the node's "
            + "uuid derives from it, and neighbours name it so in their port configuration (unless the switch "
            + "sets its own system-name)")
    String name();

    @AttributeDefinition(name = "Host", description = "Name or address of the device's NETCONF server")
    String host();

    @AttributeDefinition(name = "Port", min = "1", max = "65535")
    int port() default 830;

    @AttributeDefinition(name = "User name")
    String username();

    /** Property {@code .password}: the leading dot keeps it out of the service properties others can read. */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "Key '.password' in the .cfg file, best sealed: ENC(...) as presto:secret-encrypt "
                    + "prints it; empty to log in by key only")
    String _password() default "";

    @AttributeDefinition(name = "Private key", required = false, description = "An OpenSSH private key file "
            + "(RSA or ECDSA, without passphrase) to log in with; a relative path is taken from karaf.base")
    String privateKey() default "";

    @AttributeDefinition(name = "Host key fingerprint", required = false, description = "The device's SSH host "
            + "key as 'ssh-keygen -lf' prints it (SHA256:...); a connection to any other key is refused before "
            + "logging in. Empty refuses every key (the log says which the device offered) unless acceptAnyHostKey")
    String hostKeyFingerprint() default "";

    @AttributeDefinition(name = "Accept any host key", description = "For a lab: connect whatever host key the "
            + "device offers (logged as a warning), which lets anyone in the path impersonate it")
    boolean acceptAnyHostKey() default false;

    @AttributeDefinition(name = "Device model", description = "The YANG model the device implements; the driver "
            + "speaks presto-vlan-switch")
    String model() default "presto-vlan-switch";
}
