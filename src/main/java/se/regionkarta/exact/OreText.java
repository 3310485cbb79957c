package se.regionkarta.exact;

/** Writes amounts of money, kept as whole öre in a {@code long}, as SEK text. */
public final class OreText {

    private OreText() {
    }

    /** Writes öre as SEK with two decimals and no grouping: 123450 is {@code 1234.50}. */
    public static String sek(long ore) {
        String sign = ore < 0 ? "-" : "";
        long abs = Math.abs(ore);
        return sign + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    /** Writes öre as SEK with two decimals and thousands grouped by spaces: {@code 1 234.50}. */
    public static String groupedSek(long ore) {
        String plain = sek(ore);
        int point = plain.indexOf('.');
        return groupThousands(plain.substring(0, point)) + plain.substring(point);
    }

    /** Groups the thousands of a whole number by spaces: {@code 12 345 678}. */
    public static String groupThousands(long n) {
        return groupThousands(Long.toString(n));
    }

    private static String groupThousands(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder();
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return (start == 1 ? "-" : "") + out;
    }
}
