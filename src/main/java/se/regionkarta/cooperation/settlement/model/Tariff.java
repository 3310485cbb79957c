package se.regionkarta.cooperation.settlement.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * What one price of a price list is for: a kind of care and a code (the specialty of a visit or a
 * day, a DRG code). The empty code stands for every code of the kind that has no price of its own.
 */
public record Tariff(CareKind kind, String code) implements Comparable<Tariff> {

    private static final Comparator<Tariff> ORDER = Comparator.comparing(Tariff::kind).thenComparing(Tariff::code);

    public Tariff {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (!code.equals(code.strip()) || code.indexOf(',') >= 0 || code.indexOf('"') >= 0) {
            throw new IllegalArgumentException("a code has no surrounding spaces, commas or quotes, got '" + code + "'");
        }
    }

    /** Returns the tariff of the kind for every code without a price of its own. */
    public static Tariff anyCode(CareKind kind) {
        return new Tariff(kind, "");
    }

    public boolean forAnyCode() {
        return code.isEmpty();
    }

    /** Returns the tariff in words: {@code visit kardiologi}, {@code drg (any code)}. */
    public String label() {
        return kind.code() + " " + (forAnyCode() ? "(any code)" : code);
    }

    @Override
    public int compareTo(Tariff other) {
        return ORDER.compare(this, other);
    }
}
