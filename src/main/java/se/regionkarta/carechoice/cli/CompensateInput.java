package se.regionkarta.carechoice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import se.regionkarta.input.Days;
import se.regionkarta.cli.InputFiles;
import se.regionkarta.input.BadInput;

/**
 * Reads the options and input files of the care-choice commands ({@code listings}, {@code compensate}).
 * The readers refuse a bad file themselves, naming it and its lines; the command line's one answer
 * to that is exit code 2 with one line a problem, {@code FILE:LINE: message}.
 */
final class CompensateInput {

    /** Reads something from files. */
    interface Reading<T> {
        T read() throws IOException;
    }

    private CompensateInput() {
    }

    /** Reads from files, refusing a file that went missing or cannot be read. */
    static <T> T read(Reading<T> reading) {
        try {
            return reading.read();
        } catch (NoSuchFileException e) {
            throw BadInput.of("no such file: " + e.getFile());
        } catch (IOException e) {
            throw BadInput.of("cannot read: " + e.getMessage());
        }
    }

    /** Refuses a file that does not exist. */
    static Path existing(Path file, String option) {
        if (file != null && !Files.isRegularFile(file)) {
            throw BadInput.field(option, option + ": no such file: " + file);
        }
        return file;
    }

    static YearMonth month(String text) {
        return Days.readMonth(text).orElseThrow(() ->
                BadInput.field("--month", "--month must be a month written YYYY-MM, got '" + text + "'"));
    }

    static LocalDate day(String text, String option) {
        return Days.readDay(text).filter(d -> text.strip().length() == 10).orElseThrow(() ->
                BadInput.field(option, option + " must be a day written YYYY-MM-DD, got '" + text + "'"));
    }

    static int threads(Integer threads) {
        int n = threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors());
        InputFiles.requireRange("--threads", n, 1, 64);
        return n;
    }
}
