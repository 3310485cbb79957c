package se.regionkarta.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import se.regionkarta.input.Days;

/** Reads the day a command is asked about: a date given to an option, else today in Sweden. */
public final class AsOf {

    private AsOf() {
    }

    /**
     * Returns the day given as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (a year or month
     * stands for its first day), or today when {@code text} is null.
     *
     * @throws se.regionkarta.input.BadInput naming the option when the text is not such a date
     */
    public static LocalDate day(String text, String option, CommandSpec spec) {
        return text == null ? RegionkartaCommand.of(spec).today() : Days.parse(text, option);
    }

    /** Returns the day given to {@code --as-of}, else today. */
    public static LocalDate day(String text, CommandSpec spec) {
        return day(text, "--as-of", spec);
    }
}
