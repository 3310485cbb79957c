package se.regionkarta.elections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.elections.model.Group;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Reads the groups of ballots of a proportional election (a committee filled by an assembly) from
 * CSV: the header {@code group,ballots} with an optional {@code cartel} column naming the joint list
 * (valkartell) a group belongs to; empty means the group stands alone.
 */
public final class GroupsCsv {

    static final String GROUP = "group";
    static final String BALLOTS = "ballots";
    static final String CARTEL = "cartel";

    private GroupsCsv() {
    }

    /** Reads the bytes of an input that has no name, which must be UTF-8; its problems name no file. */
    public static List<Group> read(byte[] bytes) {
        return read(bytes, null);
    }

    /** Reads the text of an input that has no name; its problems name no file. */
    public static List<Group> read(String text) {
        return read(text, null);
    }

    /**
     * Reads the bytes of a groups file, which must be UTF-8.
     *
     * @param file the name of the input, which every problem names
     */
    public static List<Group> read(byte[] bytes, String file) {
        return read(Utf8.decode(bytes, file), file);
    }

    /**
     * Reads the text of a groups file.
     *
     * @param file the name of the input, which every problem names
     * @throws BadInput with every problem found, each naming its line
     */
    public static List<Group> read(String text, String file) {
        CsvTable table = CsvTable.read(text, file, List.of(GROUP, BALLOTS), List.of(CARTEL));
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            String name = Cells.name(row, GROUP, problems);
            Long ballots = Cells.count(row, BALLOTS, false, problems);
            String cartel = row.get(CARTEL);
            Integer earlier = name == null ? null : lines.putIfAbsent(name, row.line());
            if (earlier != null) {
                problems.add(row.problem("group " + CsvTable.quoted(name) + " appears twice (first on line "
                        + earlier + ")"));
            }
            if (problems.size() == before) {
                groups.add(new Group(name, ballots, cartel.isEmpty() ? null : cartel));
            }
        }
        for (CsvTable.Row row : table.rows()) {
            String cartel = row.get(CARTEL);
            if (!cartel.isEmpty() && lines.containsKey(cartel)) {
                problems.add(row.problem("cartel " + CsvTable.quoted(cartel) + " has the name of group on line "
                        + lines.get(cartel) + "; give the joint list a name of its own"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems.size() > CsvTable.MAX_PROBLEMS ? problems.subList(0, CsvTable.MAX_PROBLEMS) : problems);
        }
        return groups;
    }
}
