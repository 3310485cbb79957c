package se.regionkarta.carechoice.compensation;

import java.time.YearMonth;
import java.util.List;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.fastcsv.ByteDictionary;
import se.regionkarta.registry.model.Ownership;

/**
 * The providers of a scheme by number, and the days each is open: from a providers file, or — when
 * there is none — every provider the listings name, open every day ({@link #open} and {@link #close}
 * are then null and the numbers are given as providers are met).
 */
final class ProviderDays {

    /** The providers file's providers of the scheme; null when there is no file. */
    final ByteDictionary fixed;
    final int[] open;
    final int[] close;
    private final Ownership[] ownership;

    private ProviderDays(ByteDictionary fixed, int[] open, int[] close, Ownership[] ownership) {
        this.fixed = fixed;
        this.open = open;
        this.close = close;
        this.ownership = ownership;
    }

    /** Returns the providers of the scheme, or the "all open, numbered as met" kind for a null list. */
    static ProviderDays of(List<Provider> providers, String scheme) {
        if (providers == null) {
            return new ProviderDays(null, null, null, null);
        }
        List<Provider> ofScheme = providers.stream().filter(p -> p.scheme().equals(scheme)).toList();
        int[] open = new int[ofScheme.size()];
        int[] close = new int[ofScheme.size()];
        Ownership[] ownership = new Ownership[ofScheme.size()];
        for (int i = 0; i < ofScheme.size(); i++) {
            Provider p = ofScheme.get(i);
            open[i] = p.validFrom() == null ? EpochDays.OPEN_START : EpochDays.of(p.validFrom());
            close[i] = p.validUntil() == null ? EpochDays.OPEN_END : EpochDays.of(p.validUntil());
            ownership[i] = p.ownership();
        }
        return new ProviderDays(ByteDictionary.of(ofScheme.stream().map(Provider::id).toList(), ListingsReader.MAX_PROVIDERS), open,
                close, ownership);
    }

    /** Tells whether the providers come from a file (and only those may be named). */
    boolean fromFile() {
        return fixed != null;
    }

    /** Returns the days of the month provider p is open. */
    int openDays(int p, YearMonth month) {
        int first = EpochDays.of(month.atDay(1));
        int last = EpochDays.of(month.atEndOfMonth());
        int lo = open == null ? first : Math.max(first, open[p]);
        int hi = close == null ? last : Math.min(last, close[p]);
        return Math.max(0, hi - lo + 1);
    }

    /** Tells whether provider p is open on an epoch day. */
    boolean isOpen(int p, int day) {
        return open == null || (day >= open[p] && day <= close[p]);
    }

    /** Returns provider p's ownership, if the providers file gives it. */
    Ownership ownership(int p) {
        return ownership == null ? null : ownership[p];
    }
}
