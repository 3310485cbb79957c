package se.regionkarta.cli;

/**
 * Ends a command with a message for the user and an exit code from {@link ExitCode}, for what is
 * not refused input: a unit or region that is not found (3), a store that cannot be opened (4),
 * data that does not pass its checks (1). Refused input (an option, a file) is a
 * {@link se.regionkarta.input.BadInput} instead, answered in {@link RegionkartaCommand#handle}.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
