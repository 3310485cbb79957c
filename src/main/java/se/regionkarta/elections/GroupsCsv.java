package se.regionkarta.elections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.elections.model.Group;

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

    /** Reads a file's bytes, which must be UTF-8. */
    public static List<Group> read(byte[] bytes) {
        return read(Utf8.decode(bytes));
    }

    /**
     * Reads the text of a groups file.
     *
     * @throws BadInput with every problem found, each naming its line
     */
    public static List<Group> read(String text) {
        CsvTable table = CsvTable.read(text, List.of(GROUP, BALLOTS), List.of(CARTEL));
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            String name = Cells.name(row, GROUP, problems);
            Long ballots = Cells.count(row, BALLOTS, false, problems);
            String cartel = row.get(CARTEL);
            Integer earlier = name == null ? null : lines.putIfAbsent(name, row.line());
            if (earlier != null) {
                problems.add(new InputProblem(row.line(), "group " + CsvTable.quoted(name) + " appears twice (first on line "
                        + earlier + ")"));
            }
            if (problems.size() == before) {
                groups.add(new Group(name, ballots, cartel.isEmpty() ? null : cartel));
            }
        }
        for (CsvTable.Row row : table.rows()) {
            String cartel = row.get(CARTEL);
            if (!cartel.isEmpty() && lines.containsKey(cartel)) {
                problems.add(new InputProblem(row.line(), "cartel " + CsvTable.quoted(cartel) + " has the name of group on line "
                        + lines.get(cartel) + "; give the joint list a name of its own"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems.size() > CsvTable.MAX_PROBLEMS ? problems.subList(0, CsvTable.MAX_PROBLEMS) : problems);
        }
        return groups;
    }
}
