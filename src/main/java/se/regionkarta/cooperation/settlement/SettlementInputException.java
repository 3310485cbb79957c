package se.regionkarta.cooperation.settlement;

/**
 * A settlement input file that cannot be used at all: an events file without its header, a price
 * list with a bad row. Names the line; single bad event rows are reported, not thrown.
 */
public final class SettlementInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public SettlementInputException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** Returns the line of the file, 1 for the first; 0 when the problem is not on one line. */
    public long line() {
        return line;
    }
}
