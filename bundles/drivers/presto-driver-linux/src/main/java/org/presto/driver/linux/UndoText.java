package org.presto.driver.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presto.driver.linux.switching.Entry;
import org.presto.driver.linux.switching.Member;
import org.presto.driver.linux.switching.PolicyText;
import org.presto.spi.UniPolicy;

/**
 * The text of an undo record: the content of the entry an install added, {@code <kind>;<service>;<policies>;
 * <port>,<vlan>,<role>;...}, the policies as {@code <port>=<policy>} separated by {@code |} (port names hold none
 * of these characters). Undoing removes the entry with that content, whatever id it has by then. Records of the
 * driver before policies held a rate in the third field; its entries had no policy by port, so it reads as none.
 */
final class UndoText {
    private UndoText() {
    }

    static String write(Entry entry) {
        StringBuilder text = new StringBuilder(entry.kind().name()).append(';').append(entry.service()).append(';')
                .append(entry.policies().entrySet().stream().map(e -> e.getKey() + "=" + PolicyText.write(e.getValue()))
                        .collect(java.util.stream.Collectors.joining("|")));
        for (Member member : entry.members()) {
            text.append(';').append(member.port()).append(',').append(member.vlan()).append(',')
                    .append(member.role().name());
        }
        return text.toString();
    }

    static Entry read(String text) {
        String[] parts = text.split(";");
        if (parts.length < 4) {
            throw new IllegalArgumentException("'" + text + "' names no entry");
        }
        List<Member> members = new ArrayList<>();
        for (int i = 3; i < parts.length; i++) {
            String[] member = parts[i].split(",");
            if (member.length != 3) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not port,vlan,role");
            }
            members.add(new Member(member[0], Integer.parseInt(member[1]), Member.Role.valueOf(member[2])));
        }
        Map<String, UniPolicy> policies = new TreeMap<>();
        if (parts[2].contains("=")) {
            for (String policy : parts[2].split("\\|")) {
                int equals = policy.indexOf('=');
                policies.put(policy.substring(0, equals), PolicyText.read(policy.substring(equals + 1)));
            }
        }
        return new Entry(0, Entry.Kind.valueOf(parts[0]), parts[1], members, policies);
    }
}
