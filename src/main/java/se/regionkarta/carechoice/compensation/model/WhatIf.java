package se.regionkarta.carechoice.compensation.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * A question: if N residents listed with provider A move to provider B from a day on, how do the
 * two providers' payments change? Written {@code N:A→B:DATE} (or {@code N:A->B:DATE}).
 *
 * <p>The residents who move are the N with the lowest ids among those listed with A on that day
 * (all of them if there are fewer): ids are anonymous and say nothing about a person, so this is a
 * reproducible choice that favours no one. Each one's listing with A ends the day before
 * {@code date} and a listing with B begins on {@code date} and lasts as long as the old one would
 * have: the change is registered the day before, and takes effect, as every change of provider
 * does, from the next day on ({@link Listing#changeTo}). Later listings of the same residents
 * are left as they are.
 *
 * @param residents how many residents move, at least 1
 * @param date the first day the movers are listed with B
 */
public record WhatIf(int residents, String from, String to, LocalDate date) {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,9}):([^:]+?)(?:→|->)([^:]+):(\\d{4}-\\d{2}-\\d{2})");

    public WhatIf {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        if (residents < 1) {
            throw new IllegalArgumentException("at least one resident must move");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("the residents must move to another provider than " + from);
        }
    }

    /**
     * Reads {@code N:A→B:DATE}, e.g. {@code 100:vc-kalmar→vc-nybro:2025-03-10}.
     *
     * @param input the name the what-if was given under ({@code --what-if}, a request's field), which the refusal names
     * @throws BadInput when the text is not a what-if
     */
    public static WhatIf parse(String text, String input) {
        List<Problem> problems = new ArrayList<>();
        WhatIf whatIf = read(text, input, problems);
        if (whatIf == null) {
            throw new BadInput(problems);
        }
        return whatIf;
    }

    /**
     * Reads {@code N:A→B:DATE} among other input: returns null and adds a problem named {@code input}
     * when the text is not a what-if, so that a reader can report it with the rest.
     */
    public static WhatIf read(String text, String input, List<Problem> problems) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            problems.add(Problem.at(input, 0, "a what-if is written N:A→B:DATE (or N:A->B:DATE), e.g. "
                    + "100:hc-0001→hc-0002:2025-03-10; got '" + shortened(text) + "'"));
            return null;
        }
        try {
            return new WhatIf(Integer.parseInt(m.group(1)), m.group(2).strip(), m.group(3).strip(), LocalDate.parse(m.group(4)));
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(input, 0, "the what-if's date is no day: " + m.group(4)));
        } catch (IllegalArgumentException e) { // the record's own rules: at least one resident, two providers
            problems.add(Problem.at(input, 0, e.getMessage()));
        }
        return null;
    }

    /** Shortens what was given for a message, so that a huge value is not echoed whole. */
    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) > 60 ? text.substring(0, text.offsetByCodePoints(0, 60)) + "…" : text;
    }

    /** The listings after the move, and how many residents moved. */
    public record Applied(List<Listing> listings, int moved) {
    }

    /** Moves the residents (see the class comment) in a list of listings. */
    public Applied apply(String scheme, List<Listing> listings) {
        List<Listing> movers = listings.stream()
                .filter(l -> l.scheme().equals(scheme) && l.provider().equals(from) && l.covers(date))
                .sorted(Comparator.comparingInt(Listing::resident)).limit(residents).toList();
        List<Listing> after = new ArrayList<>(listings);
        for (Listing l : movers) {
            after.remove(l);
            if (l.from().equals(date)) {
                after.add(new Listing(l.resident(), scheme, to, l.from(), l.until()));
            } else {
                Listing.Change change = l.changeTo(to, date.minusDays(1));
                after.add(change.ended());
                after.add(change.started());
            }
        }
        return new Applied(after, movers.size());
    }

    @Override
    public String toString() {
        return residents + ":" + from + "→" + to + ":" + date;
    }
}
