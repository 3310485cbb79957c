package se.regionkarta.carechoice.compensation.model;

import java.util.Objects;

/**
 * A resident as the compensation needs them, and nothing more: an anonymous number, the year of
 * birth, the legal sex and the home area. No name, no personal identity number (personnummer)
 * and no birth date: the id has at most nine digits, so a ten- or twelve-digit personal identity
 * number cannot even be written in its place.
 *
 * @param id an anonymous number from 1 to 999 999 999 that means nothing outside the files
 * @param birthYear the year of birth
 * @param homeArea the id of the home area, which gives the care need index
 */
public record Resident(int id, int birthYear, Sex sex, String homeArea) {

    /** The largest resident id: nine digits. */
    public static final int MAX_ID = 999_999_999;
    /** The earliest year of birth accepted. */
    public static final int MIN_BIRTH_YEAR = 1800;

    public Resident {
        if (id < 1 || id > MAX_ID) {
            throw new IllegalArgumentException("a resident id is a whole number from 1 to " + MAX_ID + ", got " + id);
        }
        if (birthYear < MIN_BIRTH_YEAR || birthYear > 9999) {
            throw new IllegalArgumentException("a year of birth must be from " + MIN_BIRTH_YEAR + " to 9999, got " + birthYear);
        }
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(homeArea, "home area");
    }

    /**
     * Returns the resident's age in a calendar year: the age they turn that year (year − year of
     * birth), which is their age on 31 December. It is the one age that a year of birth gives
     * exactly, and the way Swedish rules often count ("through the year one turns 23").
     */
    public int ageIn(int year) {
        return year - birthYear;
    }
}
