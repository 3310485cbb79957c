package se.regionkarta.cooperation.settlement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Tariff;
import se.regionkarta.fastcsv.ByteDictionary;

/**
 * The regions and price lists turned into number tables, so that pricing an event is a few array
 * reads. Built once per run and only read afterwards (shared by the reading threads).
 *
 * <ul>
 *   <li><b>Regions</b> are numbered in id order (0, 1, …; at most 255).</li>
 *   <li><b>Codes</b>: every (kind, code) some price list prices gets a number, and each kind that
 *   some list prices for any code gets one more, "another code of this kind", for codes no list
 *   names. A code is thus resolved once, when read, not per price list.</li>
 *   <li><b>Lines</b>: a (price list, tariff) pair, numbered {@code version × tariffs + tariff}; the
 *   engine sums events per pair of regions, month and line.</li>
 *   <li>For each price list and code: the line that prices it (or -1) and its price in öre.</li>
 *   <li>For each day (as a {@link PackedDate}): the price list valid that day, or -1.</li>
 * </ul>
 */
final class PriceTable {

    final List<String> regionIds;
    final ByteDictionary regions;
    final ByteDictionary[] codesByKind;
    /** Per kind: the code number of its dictionary's first word. */
    private final int[] firstCode;
    /** Per kind: the number of "another code of this kind", or -1 if no list prices the kind for any code. */
    final int[] otherCode;
    final CareKind[] kindOfCode;
    /** Per code: its text, or null for "another code". */
    final String[] codeText;
    final boolean[] perPoint;
    final int codes;
    final List<PriceList> versions;
    final List<Tariff> tariffs;
    /** Per version × code: the line, or -1 when that list has no price for the code. */
    final int[] lineOf;
    /** Per version × code: the price in öre. */
    final long[] priceOf;
    private final short[] versionByDay;
    private final int firstDay;
    private final int lastDay;
    private final int openVersion;

    PriceTable(List<String> regionIds, PriceLists prices) {
        this.regionIds = regionIds.stream().sorted().distinct().toList();
        if (this.regionIds.size() > 255) {
            throw new IllegalArgumentException("at most 255 regions can be settled, got " + this.regionIds.size());
        }
        regions = ByteDictionary.of(this.regionIds, Integer.MAX_VALUE);
        versions = prices.versions();
        tariffs = List.copyOf(prices.tariffs());
        Codes numbered = Codes.of(prices.tariffs());
        codesByKind = numbered.byKind();
        firstCode = numbered.first();
        otherCode = numbered.other();
        kindOfCode = numbered.kinds().toArray(CareKind[]::new);
        codeText = numbered.texts().toArray(String[]::new);
        codes = codeText.length;
        perPoint = new boolean[codes];
        for (int c = 0; c < codes; c++) {
            perPoint[c] = kindOfCode[c].perPoint();
        }
        lineOf = new int[versions.size() * codes];
        priceOf = new long[versions.size() * codes];
        for (int v = 0; v < versions.size(); v++) {
            PriceList list = versions.get(v);
            for (int c = 0; c < codes; c++) {
                Tariff tariff = list.tariffFor(kindOfCode[c], codeText[c] == null ? "" : codeText[c]).orElse(null);
                lineOf[v * codes + c] = tariff == null ? -1 : v * tariffs.size() + tariffs.indexOf(tariff);
                priceOf[v * codes + c] = tariff == null ? 0 : list.priceOre(tariff);
            }
        }
        firstDay = versions.stream().mapToInt(l -> PackedDate.pack(l.validFrom())).min().orElse(1);
        lastDay = versions.stream().mapToInt(l -> PackedDate.pack(l.validUntil() == null ? l.validFrom() : l.validUntil()))
                .max().orElse(0);
        openVersion = versions.isEmpty() || versions.get(versions.size() - 1).validUntil() != null ? -1 : versions.size() - 1;
        versionByDay = new short[Math.max(0, lastDay - firstDay + 1)];
        Arrays.fill(versionByDay, (short) -1);
        for (int v = 0; v < versions.size(); v++) {
            PriceList list = versions.get(v);
            int from = PackedDate.pack(list.validFrom()) - firstDay;
            int until = list.validUntil() == null ? versionByDay.length - 1 : PackedDate.pack(list.validUntil()) - firstDay;
            Arrays.fill(versionByDay, from, until + 1, (short) v);
        }
    }

    /**
     * The numbering of codes: for each kind, its named codes in order, then "another code of this
     * kind" if some list prices the kind for any code.
     */
    private record Codes(ByteDictionary[] byKind, int[] first, int[] other, List<CareKind> kinds, List<String> texts) {

        static Codes of(SortedSet<Tariff> tariffs) {
            CareKind[] all = CareKind.values();
            Codes codes = new Codes(new ByteDictionary[all.length], new int[all.length], new int[all.length], new ArrayList<>(),
                    new ArrayList<>());
            for (CareKind kind : all) {
                List<String> named = tariffs.stream().filter(t -> t.kind() == kind && !t.forAnyCode()).map(Tariff::code).toList();
                codes.byKind[kind.ordinal()] = ByteDictionary.of(named, Integer.MAX_VALUE);
                codes.first[kind.ordinal()] = codes.texts.size();
                named.forEach(n -> codes.add(kind, n));
                codes.other[kind.ordinal()] = tariffs.contains(Tariff.anyCode(kind)) ? codes.add(kind, null) : -1;
            }
            if (codes.texts.size() > Short.MAX_VALUE) {
                throw new IllegalArgumentException("the price lists name more than " + Short.MAX_VALUE + " codes");
            }
            return codes;
        }

        private int add(CareKind kind, String text) {
            kinds.add(kind);
            texts.add(text);
            return texts.size() - 1;
        }
    }

    /** Returns the price list valid on the packed date, or -1. */
    int versionOn(int packedDate) {
        if (packedDate < firstDay) {
            return -1;
        }
        return packedDate > lastDay ? openVersion : versionByDay[packedDate - firstDay];
    }

    /** Returns the number of lines: price lists × tariffs. */
    int lines() {
        return versions.size() * tariffs.size();
    }

    /** Returns the code number of the code in {@code bytes[from, to)} for the kind, or -1 if no price list knows it. */
    int code(int kind, byte[] bytes, int from, int to) {
        int c = codesByKind[kind].find(bytes, from, to);
        return c >= 0 ? firstCode[kind] + c : otherCode[kind];
    }
}
