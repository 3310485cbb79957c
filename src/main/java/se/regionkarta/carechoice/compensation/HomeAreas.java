package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.carechoice.compensation.model.CareNeedIndex;
import se.regionkarta.carechoice.compensation.model.HomeArea;
import se.regionkarta.fastcsv.ByteDictionary;

/** The home areas of an areas file (docs/carechoice.md) and their care need index, by number. */
public final class HomeAreas {

    /** The areas file's header. */
    public static final String HEADER = "area,care_need_index";

    final ByteDictionary ids;
    /** The care need index of each area, in ten-thousandths. */
    final int[] index;

    private HomeAreas(ByteDictionary ids, int[] index) {
        this.ids = ids;
        this.index = index;
    }

    /** Reads the file, whose problems name it as its path is written. */
    public static HomeAreas read(Path file) throws IOException {
        return read(file, file.toString());
    }

    /**
     * Reads the file; every bad row is reported with its line.
     *
     * @param name the name of the input ({@code areas.csv}, a request's field), which every problem names
     */
    public static HomeAreas read(Path file, String name) throws IOException {
        ByteDictionary ids = new ByteDictionary(Population.MAX_AREAS);
        int[] index = new int[16];
        Problems problems = new Problems();
        for (SmallCsv.Row row : SmallCsv.read(file, name, HEADER)) {
            byte[] id = row.get(0).getBytes(StandardCharsets.UTF_8);
            if (id.length == 0) {
                problems.add(row.line(), "area is missing");
                continue;
            }
            CareNeedIndex cni;
            try {
                cni = CareNeedIndex.parse(row.get(1));
            } catch (IllegalArgumentException e) {
                problems.add(row.line(), e.getMessage());
                continue;
            }
            if (ids.find(id, 0, id.length) >= 0) {
                problems.add(row.line(), "the area '" + row.get(0) + "' is given twice");
                continue;
            }
            int n = ids.add(id, 0, id.length);
            if (n < 0) {
                problems.add(row.line(), "more than " + Population.MAX_AREAS + " areas");
                break;
            }
            if (n == index.length) {
                index = Arrays.copyOf(index, n * 2);
            }
            index[n] = cni.tenThousandths();
        }
        Problems.throwIfAny(name, List.of(problems));
        return new HomeAreas(ids, index);
    }

    /** Returns the areas given, for tests and small inputs. */
    public static HomeAreas of(List<HomeArea> areas) {
        ByteDictionary ids = ByteDictionary.of(areas.stream().map(HomeArea::id).toList(), Population.MAX_AREAS);
        return new HomeAreas(ids, areas.stream().mapToInt(a -> a.careNeedIndex().tenThousandths()).toArray());
    }

    /** Returns the areas as values, by id. */
    public Map<String, HomeArea> byId() {
        Map<String, HomeArea> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.word(i), new HomeArea(ids.word(i), new CareNeedIndex(index[i])));
        }
        return out;
    }

    /** Returns the number of areas. */
    public int size() {
        return ids.size();
    }

    /** Returns the areas as values, in the order of the file. */
    public List<HomeArea> list() {
        List<HomeArea> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(new HomeArea(ids.word(i), new CareNeedIndex(index[i])));
        }
        return out;
    }
}
