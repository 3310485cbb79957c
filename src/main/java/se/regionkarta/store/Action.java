package se.regionkarta.store;

import java.util.Locale;

/** What a change did to a fact, as the change log and the change feed name it. */
enum Action {
    INSERT, UPDATE, CLOSE, WITHDRAW, REOPEN;

    /** Returns the value of the {@code action} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
