package ${package};

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The template's own switch, so that the template runs and passes the test kit as generated: a switch whose
 * configuration is a text file, one cross-connect per line
 * ({@code name|service|portA|vlanA|cirA/cbsA|portB|vlanB|cirB/cbsB}), written atomically. It keeps the policers it is
 * asked for but polices nothing: replace it with a client of your device.
 */
final class FileDeviceClient implements DeviceClient {
    private final Path file;
    private final List<String> ports;

    FileDeviceClient(Path file, List<String> ports) {
        this.file = file;
        this.ports = List.copyOf(ports);
    }

    @Override
    public List<String> ports() {
        return ports;
    }

    @Override
    public synchronized List<CrossConnect> crossConnects() throws IOException {
        List<CrossConnect> crossConnects = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split("\\|");
                if (f.length != 8) {
                    throw new IOException(file + " holds a line that is no cross-connect: " + line);
                }
                crossConnects.add(new CrossConnect(f[0], f[1], f[2], Integer.parseInt(f[3]), policer(f[4]), f[5],
                        Integer.parseInt(f[6]), policer(f[7])));
            }
        }
        return crossConnects;
    }

    @Override
    public synchronized void add(CrossConnect xc) throws IOException {
        List<CrossConnect> all = crossConnects();
        if (all.stream().anyMatch(other -> other.name().equals(xc.name()))) {
            throw new IOException("cross-connect " + xc.name() + " exists already");
        }
        all.add(xc);
        save(all);
    }

    @Override
    public synchronized void delete(String name) throws IOException {
        List<CrossConnect> all = crossConnects();
        if (all.removeIf(xc -> xc.name().equals(name))) {
            save(all);
        }
    }

    private static String text(Policer policer) {
        return policer.cirBps() + "/" + policer.cbsBytes();
    }

    private static Policer policer(String text) {
        String[] f = text.split("/");
        return new Policer(Long.parseLong(f[0]), Long.parseLong(f[1]));
    }

    private void save(List<CrossConnect> all) throws IOException {
        List<String> lines = all.stream().map(xc -> String.join("|", xc.name(), xc.service(), xc.portA(),
                Integer.toString(xc.vlanA()), text(xc.policerA()), xc.portB(), Integer.toString(xc.vlanB()),
                text(xc.policerB()))).toList();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.write(next, lines);
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
