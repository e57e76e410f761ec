package org.presto.driver.emulator.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Faults to inject into the emulated devices, for testing what Presto does when equipment misbehaves. Each rule
 * names the n-th configuration operation (install or remove, counted from when the plan is set, from 1) and fires
 * once: {@code fail@N} refuses it with a device error, {@code hang@N:MILLIS} answers only after that long (and then
 * applies it, as a slow device would), {@code silent@N} reports success without applying it, {@code busy@N} refuses
 * it as a busy device does, with a failure worth retrying. Rules are separated by commas, e.g. {@code fail@3,silent@5}.
 */
public final class FaultPlan {
    /** What happens to one operation. */
    public enum Kind {
        NONE, FAIL, HANG, SILENT, BUSY
    }

    /** The fault for one operation. */
    public record Fault(Kind kind, int operation, long hangMillis) {
        static final Fault NONE = new Fault(Kind.NONE, 0, 0);
    }

    public static final FaultPlan NONE = new FaultPlan(List.of(), "");

    private final List<Fault> rules;
    private final String text;
    private int operations;

    private FaultPlan(List<Fault> rules, String text) {
        this.rules = List.copyOf(rules);
        this.text = text;
    }

    /**
     * The plan a configuration text describes; blank for none.
     *
     * @throws IllegalArgumentException naming the rule that is not one of the three forms
     */
    public static FaultPlan parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Fault> rules = new ArrayList<>();
        for (String rule : text.split(",")) {
            rules.add(rule(rule.strip()));
        }
        return new FaultPlan(rules, text.strip());
    }

    private static Fault rule(String rule) {
        String[] kindAndRest = rule.split("@", 2);
        String usage = "fault rule '" + rule + "' is not fail@N, hang@N:MILLIS, silent@N or busy@N (N from 1)";
        if (kindAndRest.length != 2) {
            throw new IllegalArgumentException(usage);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(kindAndRest[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(usage, e);
        }
        String[] numbers = kindAndRest[1].split(":", 2);
        try {
            int operation = Integer.parseInt(numbers[0].strip());
            long millis = numbers.length == 2 ? Long.parseLong(numbers[1].strip()) : 0;
            boolean hangHasMillis = kind == Kind.HANG ? numbers.length == 2 && millis > 0 : numbers.length == 1;
            if (kind == Kind.NONE || operation < 1 || !hangHasMillis) {
                throw new IllegalArgumentException(usage);
            }
            return new Fault(kind, operation, millis);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage, e);
        }
    }

    /** Counts one more operation and says what happens to it. */
    public synchronized Fault next() {
        operations++;
        for (Fault rule : rules) {
            if (rule.operation() == operations) {
                return rule;
            }
        }
        return Fault.NONE;
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "no faults" : text;
    }
}
