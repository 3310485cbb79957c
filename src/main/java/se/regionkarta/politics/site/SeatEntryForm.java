package se.regionkarta.politics.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.elections.model.ElectionInput;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * The fields of the form that enters an assembly's seats from the votes, and how they are read: the
 * term, the assembly's size, per constituency its name, eligible voters or fixed seats and the votes
 * of each party (the parties the assembly has had seats for, up to two more of the registry's
 * parties, and the votes of all other parties together, which count for the threshold only). Every
 * problem is tied to its field, in Swedish or English as the page is.
 */
final class SeatEntryForm {

    static final int MAX_CONSTITUENCIES = 12;
    static final int EXTRA_PARTIES = 2;
    /** The key under which the votes of parties outside the registry go into the count; never a registry party id. */
    static final String OTHERS = "Övriga partier";

    static final String TERM = "period";
    static final String SEATS = "mandat";
    static final String FIXED = "fasta";
    static final String COUNT = "valkretsar";
    static final String SOURCE = "kalla";
    static final String SOURCE_TITLE = "kalla-titel";
    static final String SOURCE_URL = "kalla-adress";
    static final String SOURCE_PUBLISHER = "kalla-utgivare";
    static final String SOURCE_DATE = "kalla-datum";
    static final String COMMENT = "kommentar";
    /** The seats as computed and shown for checking, "S:24,M:12,…": saving refuses when the votes now give others. */
    static final String CHECKED = "granskat";
    /** The versions of the stored seats the editor saw, "2026-2030|S:3,M:3": what a save expects to replace. */
    static final String READ = "lasta";

    private SeatEntryForm() {
    }

    static String name(int constituency) {
        return "k" + constituency + "-namn";
    }

    static String eligible(int constituency) {
        return "k" + constituency + "-rostberattigade";
    }

    static String fixed(int constituency) {
        return "k" + constituency + "-fasta";
    }

    static String votes(int constituency, String party) {
        return "k" + constituency + "-" + party;
    }

    static String others(int constituency) {
        return "k" + constituency + "-ovriga";
    }

    static String extra(int j) {
        return "extra" + j;
    }

    static String extraVotes(int constituency, int j) {
        return "k" + constituency + "-extra" + j;
    }

    /** Returns every field of a form with these parties and constituencies; the assembly's size first (a refusal of the whole lands there). */
    static List<String> fields(List<String> parties, int constituencies) {
        List<String> names = new ArrayList<>(List.of(SEATS, FIXED, TERM, COUNT));
        for (int j = 1; j <= EXTRA_PARTIES; j++) {
            names.add(extra(j));
        }
        for (int i = 1; i <= constituencies; i++) {
            names.addAll(List.of(name(i), eligible(i), fixed(i)));
            for (String p : parties) {
                names.add(votes(i, p));
            }
            for (int j = 1; j <= EXTRA_PARTIES; j++) {
                names.add(extraVotes(i, j));
            }
            names.add(others(i));
        }
        names.addAll(List.of(SOURCE, SOURCE_TITLE, SOURCE_URL, SOURCE_PUBLISHER, SOURCE_DATE, COMMENT, CHECKED, READ));
        return names;
    }

    /** Returns the number of constituencies asked for, from 1 to {@link #MAX_CONSTITUENCIES}; 1 when it cannot be read. */
    static int count(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("[0-9]{1,2}")) {
            return Math.max(1, Math.min(MAX_CONSTITUENCIES, Integer.parseInt(t)));
        }
        return 1;
    }

    /** What the form gives the election engine: the term, the assembly's size, its fixed seats, and the votes. */
    record Entry(Term term, int seats, Integer fixedSeats, List<ConstituencyVotes> constituencies, Map<String, Integer> lines) {
    }

    /**
     * Reads the form; every problem is added to it, tied to its field, and {@link CalculatorForm#requireOk()}
     * ends the request with the form shown again when there is one.
     */
    static Entry read(CalculatorForm form, SiteRequest req, Snapshot s, List<String> parties, String regionName) {
        PoliticsQueries q = PoliticsQueries.of(s);
        Optional<Term> term = s.dataset().all(Term.class).stream().filter(t -> t.id().equals(form.get(TERM))).findFirst();
        if (term.isEmpty()) {
            form.add(TERM, null, new Txt(req.t("seat-entry.problem.term"), null));
        }
        Integer seats = form.number(SEATS, "seat-entry.seats", 1, se.regionkarta.elections.Elections.MAX_SEATS, false);
        Integer fixedSeats = form.number(FIXED, "seat-entry.fixed", 1, se.regionkarta.elections.Elections.MAX_SEATS, true);
        int n = count(form.get(COUNT));
        List<String> extras = new ArrayList<>();
        for (int j = 1; j <= EXTRA_PARTIES; j++) {
            String id = form.get(extra(j)).strip();
            boolean hasVotes = false;
            for (int i = 1; i <= n; i++) {
                hasVotes |= !form.get(extraVotes(i, j)).isBlank();
            }
            if (id.isEmpty()) {
                if (hasVotes) {
                    form.add(extra(j), null, new Txt(req.t("seat-entry.problem.extra-name"), null));
                }
                extras.add(null);
            } else if (parties.contains(id) || extras.contains(id)) {
                form.add(extra(j), null, new Txt(req.t("seat-entry.problem.extra-twice", id), null));
                extras.add(null);
            } else if (q.party(id).isEmpty()) {
                form.add(extra(j), null, new Txt(req.t("seat-entry.problem.extra-unknown", id), null));
                extras.add(null);
            } else {
                extras.add(id);
            }
        }
        List<ConstituencyVotes> constituencies = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        long all = 0;
        long others = 0;
        for (int i = 1; i <= n; i++) {
            String name = form.get(name(i)).strip();
            if (name.isEmpty() && n == 1) {
                name = regionName;
            } else if (name.isEmpty()) {
                form.add(name(i), null, new Txt(req.t("seat-entry.problem.constituency-name"), null));
            } else if (lines.containsKey(name)) {
                form.add(name(i), null, new Txt(req.t("seat-entry.problem.constituency-twice", name), null));
            }
            Long eligibleVoters = count(form, eligible(i), req);
            Long fixed = count(form, fixed(i), req);
            if (n > 1 && eligibleVoters == null && fixed == null && form.get(eligible(i)).isBlank() && form.get(fixed(i)).isBlank()) {
                form.add(eligible(i), null, new Txt(req.t("seat-entry.problem.constituency-size"), null));
            }
            Map<String, Long> votes = new LinkedHashMap<>();
            for (String p : parties) {
                put(votes, p, count(form, votes(i, p), req));
            }
            for (int j = 1; j <= EXTRA_PARTIES; j++) {
                Long v = count(form, extraVotes(i, j), req);
                if (extras.get(j - 1) != null) {
                    put(votes, extras.get(j - 1), v);
                }
            }
            Long rest = count(form, others(i), req);
            put(votes, OTHERS, rest);
            others += rest == null ? 0 : rest;
            all += votes.values().stream().mapToLong(Long::longValue).sum();
            if (!name.isEmpty() && !lines.containsKey(name)) {
                lines.put(name, i);
                constituencies.add(new ConstituencyVotes(name, eligibleVoters, fixed == null ? null : Math.toIntExact(fixed), votes));
            }
        }
        if (all == others && form.ok()) {
            form.add(votes(1, parties.isEmpty() ? "ovriga" : parties.get(0)), null, new Txt(req.t("seat-entry.problem.no-votes"), null));
        }
        BigDecimal threshold = ElectionInput.REGIONAL_THRESHOLD;
        if (all > 0 && others > 0 && BigDecimal.valueOf(others).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(all), 6, RoundingMode.HALF_EVEN).compareTo(threshold) >= 0) {
            form.add(others(1), null, new Txt(req.t("seat-entry.problem.others"), null));
        }
        form.requireOk();
        return new Entry(term.orElseThrow(), seats, fixedSeats, constituencies, lines);
    }

    private static void put(Map<String, Long> votes, String party, Long n) {
        if (n != null) {
            votes.put(party, n);
        }
    }

    /** Reads a count written the Swedish way ("12 345") or plainly; empty is null; anything else is a problem beside the field. */
    private static Long count(CalculatorForm form, String field, SiteRequest req) {
        String t = form.get(field).replaceAll("[\\s\\u00a0\\u202f]", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("[-\\u2212][0-9]+")) {
            form.add(field, null, new Txt(req.t("seat-entry.problem.negative"), null));
            return null;
        }
        if (!t.matches("[0-9]{1,12}")) {
            form.add(field, null, new Txt(req.t("seat-entry.problem.count"), null));
            return null;
        }
        return Long.parseLong(t);
    }

    /** Checks the new source's fields; problems are added beside them. */
    static void checkSource(CalculatorForm form, SiteRequest req, List<String> offered) {
        String chosen = form.get(SOURCE).strip();
        if (!chosen.isEmpty()) {
            if (!offered.contains(chosen)) {
                form.add(SOURCE, null, new Txt(req.t("seat-entry.problem.source"), null));
            }
            return;
        }
        if (form.get(SOURCE_TITLE).isBlank()) {
            form.add(SOURCE_TITLE, null, new Txt(req.t("seat-entry.problem.source-title"), null));
        }
        String url = form.get(SOURCE_URL).strip();
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            form.add(SOURCE_URL, null, new Txt(req.t("seat-entry.problem.source-url"), null));
        }
        String date = form.get(SOURCE_DATE).strip();
        if (!date.isEmpty()) {
            try {
                PartialDate.parse(date);
            } catch (RuntimeException e) {
                form.add(SOURCE_DATE, null, new Txt(req.t("seat-entry.problem.source-date"), null));
            }
        }
    }
}
