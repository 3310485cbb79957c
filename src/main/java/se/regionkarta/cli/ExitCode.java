package se.regionkarta.cli;

/** The exit codes of the command line, documented in the README. */
public final class ExitCode {
    public static final int OK = 0;
    /** A command found problems in the data (validate, load). */
    public static final int INVALID_DATA = 1;
    /**
     * The command line was wrong (unknown option, missing argument, no such file) or an input file is
     * malformed (a votes or groups file): refused input, one code as issue 4 asks.
     */
    public static final int USAGE = 2;
    /** The thing asked for does not exist (an unknown unit or region). */
    public static final int NOT_FOUND = 3;
    /** The store could not be reached or migrated. */
    static final int STORE_FAILURE = 4;
    /** A fault of the program itself; please report it. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
