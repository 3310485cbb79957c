package se.regionkarta.input;

/**
 * Input that is well-formed but asks more of a calculator than one request to the API or the site
 * may (docs/security.md, "Limits per request"): the faces answer it (422 {@code over-limit}, or the
 * form again), and name the command that takes any size.
 *
 * @param input the input or field that holds too much ({@code groups}, {@code votes}, {@code events})
 * @param what what is counted, plural ({@code groups}, {@code parties}, {@code lines})
 * @param limit the most one request takes
 * @param got how many the request has
 * @param command the command of the command line that has no such limit
 */
public record Excess(String input, String what, long limit, long got, String command) {

    /** Returns the limit in English, for the API's problem. */
    public String english() {
        return "Too many " + what + " in " + input + ": " + got + ", and one request takes at most " + limit
                + ". The command line (regionkarta " + command + ") takes any size.";
    }

    /** Counts the lines of a text (the last need not end with a line break), cheaply, without reading it. */
    public static long lines(byte[] text) {
        if (text == null || text.length == 0) {
            return 0;
        }
        long n = 0;
        for (byte b : text) {
            if (b == '\n') {
                n++;
            }
        }
        return text[text.length - 1] == '\n' ? n : n + 1;
    }
}
