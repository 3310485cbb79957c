package se.regionkarta.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ways of corrupting a text file (a data file, a calculator's CSV), each driven by a seeded random. */
final class Mutations {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d+(\\.\\d+)?(?![\\w-])");
    private static final Pattern ID = Pattern.compile("(?m)^(\\s*-?\\s*id:\\s*)(\\S+)\\s*$");
    static final String[] BAD_DATES = {"2024-02-30", "2023-13-01", "0000-00-00", "99999-01-01", "2024-1-1", "-2024-01-01",
        "2024-02-29T25:00", "2024/01/01", "", "yesterday"};
    static final String[] HUGE_NUMBERS = {"99999999999999999999999999999", "-1", "1e309", "NaN", "Infinity", "-0", "0x10",
        "1.7976931348623157E309", "9223372036854775808", "2147483648", "0.000000000000000000001", "1,5", "١٢٣"};

    private Mutations() {
    }

    static byte[] apply(String mutation, byte[] bytes, boolean csv, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        switch (mutation) {
            case "flip" -> {
                byte[] out = bytes.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n && out.length > 0; i++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case "truncate" -> {
                return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
            }
            case "garbage" -> {
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                if (random.nextBoolean()) {
                    junk[0] = 0;
                }
                int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                byte[] out = new byte[bytes.length + junk.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(bytes, at, out, at + junk.length, bytes.length - at);
                return out;
            }
            case "duplicate-line" -> {
                int i = random.nextInt(lines.size());
                lines.add(i, lines.get(i));
            }
            case "drop-line" -> lines.remove(random.nextInt(lines.size()));
            case "swap-columns" -> {
                if (csv) {
                    int a = random.nextInt(4);
                    int b = random.nextInt(4);
                    lines.replaceAll(l -> swap(l, a, b, random.nextInt(3) == 0));
                } else if (lines.size() > 1) {
                    int i = random.nextInt(lines.size() - 1);
                    String l = lines.get(i);
                    lines.set(i, lines.get(i + 1));
                    lines.set(i + 1, l);
                }
            }
            case "bad-date" -> {
                return replaceOne(text, DATE, BAD_DATES[random.nextInt(BAD_DATES.length)], random);
            }
            case "huge-number" -> {
                return replaceOne(text, NUMBER, HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)], random);
            }
            case "latin-1" -> {
                return text.getBytes(StandardCharsets.ISO_8859_1);
            }
            case "utf-16" -> {
                return text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            }
            case "unknown-key" -> {
                if (csv) {
                    lines.set(0, lines.get(0) + ",okand_kolumn");
                } else {
                    int i = random.nextInt(lines.size());
                    String indent = lines.get(i).replaceAll("^(\\s*-?\\s*).*$", "$1").replace('-', ' ');
                    lines.add(i + 1, indent + "okand_nyckel: " + (random.nextBoolean() ? "x" : "{a: [1, 2]}"));
                }
            }
            case "duplicate-id" -> {
                Matcher m = ID.matcher(text);
                List<String> ids = new ArrayList<>();
                while (m.find()) {
                    ids.add(m.group(2));
                }
                if (ids.size() > 1) {
                    String copy = ids.get(random.nextInt(ids.size()));
                    String replaced = ids.get(random.nextInt(ids.size()));
                    return text.replaceFirst("(?m)^(\\s*-?\\s*id:\\s*)" + Pattern.quote(replaced) + "\\s*$",
                            "$1" + Matcher.quoteReplacement(copy)).getBytes(StandardCharsets.UTF_8);
                } else if (csv && lines.size() > 2) {
                    lines.add(lines.get(1 + random.nextInt(lines.size() - 2)));
                }
            }
            case "deep-nesting" -> {
                int depth = 1_000 + random.nextInt(20_000);
                String deep = "[".repeat(depth) + "]".repeat(depth);
                lines.add(random.nextInt(lines.size()), csv ? deep : "djup: " + deep);
            }
            case "long-line" -> {
                char c = "a,:\"é\\".charAt(random.nextInt(6));
                lines.add(random.nextInt(lines.size()), String.valueOf(c).repeat(1 << (10 + random.nextInt(11))));
            }
            case "empty" -> {
                return new byte[0];
            }
            default -> throw new IllegalArgumentException(mutation);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String swap(String line, int a, int b, boolean quoted) {
        String[] cells = line.split(",", -1);
        if (a >= cells.length || b >= cells.length) {
            return line;
        }
        String t = cells[a];
        cells[a] = quoted ? "\"" + cells[b] + "\"" : cells[b];
        cells[b] = t;
        return String.join(",", cells);
    }

    private static byte[] replaceOne(String text, Pattern what, String with, Random random) {
        Matcher m = what.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] at = found.get(random.nextInt(found.size()));
        return (text.substring(0, at[0]) + with + text.substring(at[1])).getBytes(StandardCharsets.UTF_8);
    }
}
