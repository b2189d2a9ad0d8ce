package vn.motcua.workspace.internal;

import java.util.List;
import java.util.Locale;
import vn.motcua.pages.html.Html;

/**
 * Charts drawn on the server as SVG: no script, no inline style (the pages' CSP allows neither); colours come from
 * classes in workspace.css. Each chart has a title and description for screen readers, and the same numbers are in a
 * table beside it.
 */
final class Charts {

    /** One bar: its label, value and, optionally, a second value drawn over it (e.g. late within received). */
    record Bar(String label, long value, long part) {
    }

    private Charts() {
    }

    /** Vertical bars over time, the part in a second colour. */
    static void columns(Html h, String id, String title, String description, List<Bar> bars, String partLabel) {
        int width = 1000;
        int height = 260;
        int left = 50;
        int bottom = 40;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        h.open("figure", "class", "chart");
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + width + " " + height, "role", "img",
                "aria-labelledby", id + "-t " + id + "-d", "class", "chart");
        h.el("title", title, "id", id + "-t");
        h.el("desc", description, "id", id + "-d");
        h.empty("line", "x1", str(left), "y1", str(height - bottom), "x2", str(width), "y2", str(height - bottom), "class", "axis");
        h.el("text", String.valueOf(max), "x", str(left - 6), "y", "16", "class", "tick", "text-anchor", "end");
        h.el("text", "0", "x", str(left - 6), "y", str(height - bottom), "class", "tick", "text-anchor", "end");
        double slot = (width - left) / (double) Math.max(1, bars.size());
        double bw = Math.max(4, slot * 0.6);
        int plot = height - bottom - 10;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = left + i * slot + (slot - bw) / 2;
            double hv = plot * (double) b.value() / max;
            double hp = plot * (double) b.part() / max;
            h.open("g");
            h.el("title", b.label() + ": " + b.value() + (partLabel == null ? "" : ", " + partLabel + " " + b.part()));
            h.empty("rect", "x", num(x), "y", num(height - bottom - hv), "width", num(bw), "height", num(hv), "class", "bar");
            if (b.part() > 0) {
                h.empty("rect", "x", num(x), "y", num(height - bottom - hp), "width", num(bw), "height", num(hp), "class", "bar-part");
            }
            h.close("g");
            if (bars.size() <= 24) {
                h.el("text", b.label(), "x", num(x + bw / 2), "y", str(height - bottom + 18), "class", "tick", "text-anchor", "middle");
            }
        }
        h.close("svg");
        h.close("figure");
    }

    /** Horizontal bars of rates (0–100 %), best first. */
    static void rates(Html h, String id, String title, String description, List<Bar> bars) {
        int rowHeight = 24;
        int labelWidth = 330;
        int width = 1000;
        int height = Math.max(1, bars.size()) * rowHeight + 10;
        h.open("figure", "class", "chart");
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + width + " " + height, "role", "img",
                "aria-labelledby", id + "-t " + id + "-d", "class", "chart");
        h.el("title", title, "id", id + "-t");
        h.el("desc", description, "id", id + "-d");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * rowHeight;
            double w = (width - labelWidth - 70) * Math.min(100, b.value()) / 100.0;
            h.el("text", b.label(), "x", str(labelWidth - 8), "y", str(y + 16), "class", "tick", "text-anchor", "end");
            h.empty("rect", "x", str(labelWidth), "y", str(y + 3), "width", num(w), "height", str(rowHeight - 8),
                    "class", b.value() >= 90 ? "bar" : "bar-part");
            h.el("text", b.value() + " %", "x", num(labelWidth + w + 6), "y", str(y + 16), "class", "tick");
        }
        h.close("svg");
        h.close("figure");
    }

    private static String str(int v) {
        return String.valueOf(v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
