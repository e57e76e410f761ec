package org.presto.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.presto.security.Secrets;

@Command(scope = "presto", name = "secret-encrypt", description = "Seals a password for a configuration file: "
        + "prints ENC(...), which Presto's components (a NETCONF device's .password, the store's) decrypt with this "
        + "installation's key (etc/presto-secrets.key)")
@Service
public class SecretEncryptCommand implements Action {
    @Reference
    Secrets secrets;

    @Reference
    Session session;

    @Argument(index = 0, name = "value", description = "the value to seal; left out, it is asked for without echo "
            + "(and stays out of the shell's history)")
    String value;

    @Override
    public Object execute() throws Exception {
        String plain = value;
        if (plain == null) {
            try {
                plain = session.readLine("Value to seal: ", '*');
            } catch (UnsupportedOperationException noTerminal) {
                throw new IllegalArgumentException("this session cannot ask for the value: give it as an argument");
            }
        }
        if (plain == null || plain.isEmpty()) {
            throw new IllegalArgumentException("nothing to seal");
        }
        System.out.println(secrets.seal(plain));
        return null;
    }
}
