package se.regionkarta.carechoice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import se.regionkarta.carechoice.compensation.CompensationInputException;
import se.regionkarta.cli.CliException;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.InputFiles;

/**
 * Reads the input files of the care-choice commands ({@code listings}, {@code compensate}) and
 * turns their problems into exit code 2 with one line a problem: {@code FILE:LINE: message}.
 */
final class CompensateInput {

    /** Reads something from files. */
    interface Reading<T> {
        T read() throws IOException;
    }

    private CompensateInput() {
    }

    static <T> T read(Reading<T> reading) {
        try {
            return reading.read();
        } catch (CompensationInputException e) {
            String lines = e.problems().stream().map(p -> e.file() + ":" + (p.line() > 0 ? p.line() + ":" : "") + " " + p.message())
                    .collect(Collectors.joining("\nregionkarta: "));
            long more = e.count() - e.problems().size();
            throw new CliException(ExitCode.BAD_INPUT, lines + (more > 0 ? "\nregionkarta: " + e.file() + ": and " + more
                    + " more problem" + (more == 1 ? "" : "s") : ""));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.USAGE, "no such file: " + e.getFile());
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, "cannot read: " + e.getMessage());
        }
    }

    /** Ends the command unless the file exists. */
    static Path existing(Path file, String option) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new CliException(ExitCode.USAGE, option + ": no such file: " + file);
        }
        return file;
    }

    static YearMonth month(String text) {
        try {
            if (!text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("format", text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliException(ExitCode.USAGE, "--month must be a month written YYYY-MM, got '" + text + "'");
        }
    }

    static LocalDate day(String text, String option) {
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("format", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliException(ExitCode.USAGE, option + " must be a day written YYYY-MM-DD, got '" + text + "'");
        }
    }

    static int threads(Integer threads) {
        int n = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        InputFiles.requireRange("--threads", n, 1, 64);
        return n;
    }
}
