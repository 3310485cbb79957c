package se.regionkarta.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns padded to their widest cell; numbers (cells starting with a digit) aligned right. */
public final class Columns {

    private final List<String[]> rows = new ArrayList<>();
    private final int width;

    public Columns(String... header) {
        this.width = header.length;
        rows.add(header);
    }

    public Columns row(Object... cells) {
        String[] text = new String[width];
        for (int i = 0; i < width; i++) {
            text[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(text);
        return this;
    }

    public void print(PrintWriter out, String indent) {
        int[] widths = new int[width];
        for (String[] r : rows) {
            for (int i = 0; i < width; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < width; i++) {
                boolean number = n > 0 && !r[i].isEmpty() && (Character.isDigit(r[i].charAt(0)) || r[i].charAt(0) == '-');
                String pad = " ".repeat(widths[i] - r[i].length());
                line.append(number ? pad + r[i] : r[i] + pad).append(i < width - 1 ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
