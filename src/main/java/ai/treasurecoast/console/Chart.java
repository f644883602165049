package ai.treasurecoast.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart drawn as inline SVG on the server: no script, no chart library, nothing for the
 * CSP to block. Coordinates are in a fixed 640x220 view box that the browser scales.
 */
public record Chart(List<Line> lines, List<Tick> xTicks, List<Tick> yTicks, int max, boolean empty) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 36;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    /** One series: its label, CSS colour class, daily values and the SVG polyline points. */
    public record Line(String label, String css, long total, String points) {}

    public record Tick(double x, double y, String label) {}

    public record Series(String label, List<Long> daily) {}

    public static Chart of(List<LocalDate> days, List<Series> series) {
        long top = 1;
        for (Series s : series) {
            for (Long v : s.daily()) {
                top = Math.max(top, v);
            }
        }
        int max = (int) niceMax(top);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = Math.max(1, days.size() - 1);
        List<Line> lines = new ArrayList<>();
        boolean empty = true;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            StringBuilder points = new StringBuilder();
            long total = 0;
            for (int d = 0; d < s.daily().size(); d++) {
                long v = s.daily().get(d);
                total += v;
                double x = LEFT + plotW * d / n;
                double y = TOP + plotH - plotH * v / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            empty &= total == 0;
            lines.add(
                    new Line(s.label(), "c" + (i % 5), total, points.toString().trim()));
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM d", Locale.US);
        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, days.size() / 6);
        for (int d = 0; d < days.size(); d += step) {
            xTicks.add(new Tick(LEFT + plotW * d / n, HEIGHT - 8, days.get(d).format(label)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int k = 0; k <= 4; k++) {
            int value = max * k / 4;
            yTicks.add(new Tick(LEFT - 6, TOP + plotH - plotH * k / 4, Integer.toString(value)));
        }
        return new Chart(lines, xTicks, yTicks, max, empty);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    private static long niceMax(long value) {
        if (value <= 4) {
            return 4;
        }
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(value)));
        for (long f : new long[] {1, 2, 4, 5, 10}) {
            if (f * magnitude >= value) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
