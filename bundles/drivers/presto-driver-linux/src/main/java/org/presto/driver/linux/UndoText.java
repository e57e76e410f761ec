package org.presto.driver.linux;

import java.util.ArrayList;
import java.util.List;
import org.presto.driver.linux.switching.Entry;
import org.presto.driver.linux.switching.Member;

/**
 * The text of an undo record: the content of the entry an install added, {@code <kind>;<service>;<cir-kbps>;
 * <port>,<vlan>,<role>;...}. Undoing removes the entry with that content, whatever id it has by then.
 */
final class UndoText {
    private UndoText() {
    }

    static String write(Entry entry) {
        StringBuilder text = new StringBuilder(entry.kind().name()).append(';').append(entry.service()).append(';')
                .append(entry.cirKbps());
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
        return new Entry(0, Entry.Kind.valueOf(parts[0]), parts[1], members, Long.parseLong(parts[2]));
    }
}
