package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import se.regionkarta.fastcsv.CsvRowReader;

/**
 * Hands the rows of a part of a CSV file, split by {@link CsvRowReader}, to a {@link Sink} with
 * their lines, counted from 1 at the part's first line; a quoted field left open is one message.
 */
final class CsvRows {

    /** Takes the rows of a file. */
    interface Sink {
        /**
         * Takes a row whose field k is {@code b[separators[k] + 1, separators[k + 1])}; {@code fields}
         * is how many fields the row has, and only the first {@code maxFields} are located.
         */
        void row(byte[] b, int[] separators, int fields, long line);

        /** Takes a row that cannot be split (a quote left open). */
        void malformed(long line, String message);
    }

    private CsvRows() {
    }

    /** Reads the rows in bytes {@code [from, to)} of the file and returns the number of lines read. */
    static long read(FileChannel file, long from, long to, int maxFields, Sink sink) throws IOException {
        CsvRowReader rows = new CsvRowReader(file, from, to, maxFields);
        while (rows.next()) {
            int fields = rows.fields();
            if (fields < 0) {
                sink.malformed(rows.line(), "a quoted field must end on its line and be followed by a comma or the end of the line");
            } else {
                sink.row(rows.bytes(), rows.separators(), fields, rows.line());
            }
        }
        return rows.lines();
    }
}
