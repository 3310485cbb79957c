package se.regionkarta.elections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Reads the votes of an election from CSV (docs/elections.md): the header
 * {@code valkrets,rostberattigade,fasta_mandat,party,votes}, one row per constituency and party,
 * every party including those below the threshold. A constituency's eligible voters
 * ({@code rostberattigade}) and fixed seats ({@code fasta_mandat}) are repeated on each of its rows
 * and must agree; either may be left empty when the other is given.
 */
public final class VotesCsv {

    static final String CONSTITUENCY = "valkrets";
    static final String ELIGIBLE = "rostberattigade";
    static final String FIXED = "fasta_mandat";
    static final String PARTY = "party";
    static final String VOTES = "votes";
    /** The header, as the file must have it. */
    public static final List<String> COLUMNS = List.of(CONSTITUENCY, ELIGIBLE, FIXED, PARTY, VOTES);

    private VotesCsv() {
    }

    /** Reads the bytes of an input that has no name, which must be UTF-8; its problems name no file. */
    public static VotesFile read(byte[] bytes) {
        return read(bytes, null);
    }

    /** Reads the text of an input that has no name; its problems name no file. */
    public static VotesFile read(String text) {
        return read(text, null);
    }

    /**
     * Reads the bytes of a votes file, which must be UTF-8.
     *
     * @param file the name of the input ({@code votes.csv}, a form's field, the API's body), which every problem names
     * @throws BadInput with every problem found, each naming its line
     */
    public static VotesFile read(byte[] bytes, String file) {
        return read(Utf8.decode(bytes, file), file);
    }

    /**
     * Reads the text of a votes file.
     *
     * @param file the name of the input, which every problem names
     * @throws BadInput with every problem found, each naming its line
     */
    public static VotesFile read(String text, String file) {
        CsvTable table = CsvTable.read(text, file, COLUMNS, List.of());
        List<Problem> problems = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            String constituency = Cells.name(row, CONSTITUENCY, problems);
            Long eligible = Cells.count(row, ELIGIBLE, true, problems);
            Long fixed = Cells.count(row, FIXED, true, problems);
            boolean constituencyOk = problems.size() == before;
            String party = Cells.name(row, PARTY, problems);
            Long votes = Cells.count(row, VOTES, false, problems);
            if (constituencyOk) {
                // a row with a bad party or votes still says what its constituency is, to check the other rows against
                drafts.computeIfAbsent(constituency, c -> new Draft(c, row.line(), eligible, fixed))
                        .add(row, party, eligible, fixed, votes, problems);
            }
            if (problems.size() >= CsvTable.MAX_PROBLEMS) {
                problems.add(Problem.at(file, 0, "stopped after " + CsvTable.MAX_PROBLEMS + " problems"));
                break;
            }
        }
        if (problems.isEmpty()) {
            requireSeatBasis(drafts, file, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<ConstituencyVotes> constituencies = new ArrayList<>();
        for (Draft d : drafts.values()) {
            lines.put(d.name, d.firstLine);
            constituencies.add(new ConstituencyVotes(d.name, d.eligible, d.fixed == null ? null : Math.toIntExact(d.fixed),
                    d.votes));
        }
        return VotesFile.ofFile(constituencies, lines, file);
    }

    /** With several constituencies, the fixed seats must be given for all of them, or follow from all their eligible voters. */
    private static void requireSeatBasis(Map<String, Draft> drafts, String file, List<Problem> problems) {
        if (drafts.size() < 2) {
            return;
        }
        boolean allFixed = drafts.values().stream().allMatch(d -> d.fixed != null);
        boolean allEligible = drafts.values().stream().allMatch(d -> d.eligible != null);
        if (!allFixed && !allEligible) {
            Draft first = drafts.values().stream().filter(d -> d.eligible == null).findFirst().orElseThrow();
            problems.add(Problem.at(file, first.firstLine, "constituency " + first.name + " has no " + ELIGIBLE
                    + ", and not every constituency has its " + FIXED + ": give the eligible voters of every "
                    + "constituency, or the fixed seats of every one"));
        }
    }

    /** One constituency while its rows are read. */
    private static final class Draft {
        final String name;
        final int firstLine;
        final Long eligible;
        final Long fixed;
        final Map<String, Long> votes = new LinkedHashMap<>();
        final Map<String, Integer> partyLines = new LinkedHashMap<>();

        Draft(String name, int firstLine, Long eligible, Long fixed) {
            this.name = name;
            this.firstLine = firstLine;
            this.eligible = eligible;
            this.fixed = fixed;
        }

        void add(CsvTable.Row row, String party, Long eligibleHere, Long fixedHere, Long n, List<Problem> problems) {
            if (!Objects.equals(eligible, eligibleHere)) {
                problems.add(disagreement(row, ELIGIBLE, eligibleHere, eligible));
            }
            if (!Objects.equals(fixed, fixedHere)) {
                problems.add(disagreement(row, FIXED, fixedHere, fixed));
            }
            Integer earlier = party == null ? null : partyLines.putIfAbsent(party, row.line());
            if (earlier != null) {
                problems.add(row.problem("party " + CsvTable.quoted(party) + " appears twice in constituency "
                        + name + " (first on line " + earlier + ")"));
            }
            if (party != null && n != null) {
                votes.putIfAbsent(party, n);
            }
        }

        private Problem disagreement(CsvTable.Row row, String column, Long here, Long first) {
            return row.problem("constituency " + name + " has " + column + " " + shown(here) + " here but "
                    + shown(first) + " on line " + firstLine + "; every row of a constituency must give the same");
        }

        private static String shown(Long n) {
            return n == null ? "(empty)" : n.toString();
        }
    }
}
