package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.input.Problem;

/**
 * A small, sound data set as files, for loader tests to spoil one file at a time, and the
 * assertions those tests share. The files are kept in a fixed order (the loader reads them in the
 * order given), so that where a problem is reported does not depend on hashing.
 */
final class DataFixture {

    /** The file the loader uses for problems that concern every file (the cross-file checks). */
    static final String ALL_FILES = "(all files)";

    static final String SOURCES = """
            sources:
              - id: src-a
                title: Källa A
                kind: own-publication
                published: 2025
            """;

    static final String NATIONAL = """
            metrics:
              - {id: employees, label: Medarbetare, unit: count}
            parties:
              - {id: S, name: Socialdemokraterna, sources: [src-a]}
              - {id: M, name: Moderaterna, sources: [src-a]}
              - {id: V, name: Vänsterpartiet, sources: [src-a]}
            terms:
              - {id: 2022-2026, from: 2022-10-15, until: 2026-10-14, sources: [src-a]}
            """;

    /** Region Kalmar län since 2019 with one nested administration. */
    static final String UNITS = """
            units:
              - id: kalmar
                name: Region Kalmar län
                kind: region
                from: 2019-01-01
                identifiers: {county-code: "08"}
                location: {town: Kalmar, municipality: "0880"}
                sources: [src-a]
                units:
                  - id: kalmar.hsf
                    name: Hälso- och sjukvårdsförvaltningen
                    kind: administration
                    sources: [src-a]
            """;

    /** An assembly of 5 with seats S 3, M 1, V 1 and a majority of S and V (4 seats). */
    static final String BODIES = """
            bodies:
              - id: kalmar.rf
                name: Regionfullmäktige
                kind: assembly
                region: kalmar
                members: 5
                sources: [src-a]
            seats:
              - body: kalmar.rf
                term: 2022-2026
                parties: {S: 3, M: 1, V: 1}
                sources: [src-a]
            coalitions:
              - id: kalmar.rf.majority
                body: kalmar.rf
                term: 2022-2026
                role: majority
                parties: [S, V]
                seats: 4
                sources: [src-a]
            """;

    static final String FIGURES = """
            unit,metric,value,period,category,sources
            kalmar,employees,900,stock,,src-a
            kalmar,employees,8500,year:2024,,src-a#bild 3
            kalmar.hsf,employees,600,stock,Tillsvidare anställda,src-a
            """;

    private DataFixture() {
    }

    /** Returns the sound data set, in a map the caller may change. */
    static Map<String, String> good() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.yaml", SOURCES);
        files.put("national.yaml", NATIONAL);
        files.put("units.yaml", UNITS);
        files.put("bodies.yaml", BODIES);
        files.put("figures.csv", FIGURES);
        return files;
    }

    /**
     * Returns the sound data set with other units, and with the figures of the region only, so that
     * no figure names a unit the other units lack (the checks across files would rightly say so).
     */
    static Map<String, String> withUnits(String units) {
        Map<String, String> files = goodWith("units.yaml", units);
        files.put("figures.csv", FIGURES.lines().filter(l -> !l.startsWith("kalmar.hsf,"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        return files;
    }

    /** Returns the sound data set with one file replaced or added. */
    static Map<String, String> goodWith(String file, String text) {
        Map<String, String> files = good();
        files.put(file, text);
        return files;
    }

    static LoadResult load(Map<String, String> files) {
        return se.regionkarta.SectionReaders.loader().load(files);
    }

    /** Returns the 1-based number of the first line of {@code text} that contains {@code fragment}. */
    static int lineOf(String text, String fragment) {
        return lineOf(text, fragment, 1);
    }

    /** Returns the 1-based number of the n-th line of {@code text} that contains {@code fragment}. */
    static int lineOf(String text, String fragment, int occurrence) {
        List<String> lines = text.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line " + occurrence + " with '" + fragment + "' in the test data");
    }

    /** Returns the problems that name a data file, leaving out the loader's general notices. */
    static List<Problem> fileProblems(LoadResult result) {
        return result.problems().stream().filter(p -> !p.file().equals(ALL_FILES)).toList();
    }

    /** Asserts that loading failed with exactly one problem in the files, at the given place. */
    static Problem onlyProblem(LoadResult result, String file, int line, String... keyWords) {
        assertThat(result.ok()).as("the data set is rejected").isFalse();
        List<Problem> problems = fileProblems(result);
        assertThat(problems).as("problems reported").hasSize(1);
        Problem problem = problems.get(0);
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.line()).as("line of " + problem).isEqualTo(line);
        assertThat(problem.message()).contains(keyWords);
        return problem;
    }
}
