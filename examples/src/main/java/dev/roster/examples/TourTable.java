package dev.roster.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table for the tours' output: a header, a rule, rows, columns as wide as their widest cell. */
final class TourTable {
    private TourTable() {
    }

    static void print(PrintStream out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
        }
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append(rule.length() == 0 ? "" : "  ").append("-".repeat(width));
        }
        out.println("   " + rule);
        rows.forEach(row -> line(out, row, widths));
    }

    private static void line(PrintStream out, List<String> row, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cell(row, i);
            text.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.length()));
        }
        out.println("   " + text.toString().stripTrailing());
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }
}
