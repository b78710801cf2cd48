package vn.dialogue.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dialogue.export.internal.Fonts;
import vn.dialogue.export.layout.Drawing;
import vn.dialogue.export.layout.Figure;
import vn.dialogue.participant.Delegate;
import vn.dialogue.plan.Plan;
import vn.dialogue.seating.Block;
import vn.dialogue.seating.Seat;
import vn.dialogue.seating.SeatAssignment;
import vn.dialogue.seating.SeatingPlan;

/**
 * The seating map of the hall, drawn as the hall is (a drawing of the layout model, not a chart): the stage at the
 * top, the presidium table under it with its seats (seat 1 in the centre), then the blocks side by side from the
 * left with an aisle between them, each seat a box with its number and its delegate's name, the delegate groups told
 * apart by shade, and a legend of the shades. Drawn once through Java 2D for every format. Immutable and thread-safe.
 */
final class SeatingMap {

    /** Light shades, so that black names stay readable on them, and distinct in grey. */
    private static final Color[] SHADES = {new Color(0xcf, 0xe2, 0xf3), new Color(0xfc, 0xe4, 0xc4),
            new Color(0xd9, 0xea, 0xd3), new Color(0xf4, 0xcc, 0xcc), new Color(0xe1, 0xd5, 0xe7),
            new Color(0xff, 0xf2, 0xcc), new Color(0xd0, 0xe0, 0xe3), new Color(0xea, 0xd1, 0xdc)};

    private SeatingMap() {
    }

    /** The map as a figure {@code widthMm} by {@code heightMm}. */
    static Figure figure(Plan plan, SeatingPlan seating, double widthMm, double heightMm, String caption,
                          String stage, String presidiumLabel, vn.dialogue.export.wording.Wording wording) {
        Map<String, Delegate> bySeat = new HashMap<>();
        for (SeatAssignment a : seating.assignments()) {
            bySeat.put(a.seat().id(), a.delegate());
        }
        Map<String, Color> groups = new LinkedHashMap<>();
        seating.assignments().stream().map(a -> a.delegate().group()).distinct()
                .sorted(java.util.Comparator.comparingInt(g -> PlanFacts.groupRank(plan, g)))
                .forEach(g -> groups.put(g, SHADES[groups.size() % SHADES.length]));
        Map<String, String> groupNames = new LinkedHashMap<>();
        groups.keySet().forEach(g -> groupNames.put(g, PlanFacts.groupName(plan, g, wording)));
        List<Seat> presidium = seating.layout().presidium().stream()
                .sorted(java.util.Comparator.comparingInt(Seat::position)).toList();
        List<Block> blocks = seating.layout().blocks();
        Drawing drawing = (g, area) -> draw(g, area, seating, presidium, blocks, bySeat, groups, groupNames, stage,
                presidiumLabel);
        return new Figure(drawing, widthMm, heightMm, "", caption + ": " + seating.assignments().size() + " / "
                + seating.layout().capacity());
    }

    private static void draw(Graphics2D g, Rectangle2D area, SeatingPlan seating, List<Seat> presidium,
                             List<Block> blocks, Map<String, Delegate> bySeat, Map<String, Color> groups,
                             Map<String, String> groupNames, String stage, String presidiumLabel) {
        double w = area.getWidth();
        double x0 = area.getX();
        double y = area.getY();
        g.setStroke(new BasicStroke(0.4f));
        // the stage
        double stageH = 16;
        box(g, x0 + w * 0.2, y, w * 0.6, stageH, new Color(0xe0, 0xe0, 0xe0));
        centred(g, stage, Fonts.awt(true, false, 9), x0 + w / 2, y + stageH / 2);
        y += stageH + 6;
        // the presidium table, its seats along it
        int seats = Math.max(1, presidium.size());
        double pw = Math.min(34, w * 0.8 / seats);
        double px = x0 + (w - pw * seats) / 2;
        for (int i = 0; i < presidium.size(); i++) {
            seat(g, px + i * pw, y, pw - 1.5, 22, presidium.get(i), bySeat, groups, 4.5f);
        }
        y += 24;
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(px, y, pw * seats - 1.5, 5));
        centred(g, presidiumLabel, Fonts.awt(false, true, 5.5f), x0 + w / 2, y + 10);
        y += 18;
        // the blocks, left to right, an aisle between them
        double legendH = 14;
        double aisle = 10;
        int columns = blocks.stream().mapToInt(Block::seatsPerRow).sum();
        int rows = blocks.stream().mapToInt(Block::rows).max().orElse(1);
        double cell = Math.min((w - aisle * Math.max(0, blocks.size() - 1)) / Math.max(1, columns),
                1.6 * (area.getMaxY() - y - legendH - 10) / rows);
        double rowH = Math.min(cell / 1.6 * 1.0, (area.getMaxY() - y - legendH - 10) / rows);
        double blocksW = columns * cell + aisle * Math.max(0, blocks.size() - 1);
        double bx = x0 + (w - blocksW) / 2;
        float nameSize = (float) Math.max(3, Math.min(5, cell / 4.2));
        for (Block b : blocks) {
            centred(g, b.id(), Fonts.awt(true, false, 6), bx + b.seatsPerRow() * cell / 2, y + 3);
            for (int r = 1; r <= b.rows(); r++) {
                for (int n = 1; n <= b.seatsPerRow(); n++) {
                    String id = String.format("%s-%02d-%02d", b.id(), r, n);
                    Seat s = seating.layout().seat(id).orElse(null);
                    if (s != null) {
                        seat(g, bx + (n - 1) * cell, y + 7 + (r - 1) * rowH, cell - 1, rowH - 1, s, bySeat, groups,
                                nameSize);
                    }
                }
            }
            bx += b.seatsPerRow() * cell + aisle;
        }
        // the legend
        double ly = area.getMaxY() - legendH + 2;
        double lx = x0;
        java.awt.Font lf = Fonts.awt(false, false, 7);
        FontMetrics fm = g.getFontMetrics(lf);
        for (Map.Entry<String, Color> e : groups.entrySet()) {
            box(g, lx, ly, 9, 6, e.getValue());
            g.setColor(Color.BLACK);
            g.setFont(lf);
            String name = groupNames.get(e.getKey());
            g.drawString(name, (float) (lx + 12), (float) (ly + 5.5));
            lx += 20 + fm.stringWidth(name);
            if (lx > x0 + w - 60) {
                lx = x0;
                ly += 8;
            }
        }
    }

    private static void seat(Graphics2D g, double x, double y, double w, double h, Seat s,
                             Map<String, Delegate> bySeat, Map<String, Color> groups, float nameSize) {
        Delegate d = bySeat.get(s.id());
        box(g, x, y, w, h, d == null ? Color.WHITE : groups.getOrDefault(d.group(), Color.WHITE));
        g.setColor(Color.BLACK);
        java.awt.Font num = Fonts.awt(true, false, Math.max(3, nameSize * 0.9f));
        g.setFont(num);
        g.drawString(Integer.toString(s.number()), (float) (x + 0.8), (float) (y + num.getSize2D()));
        if (d != null) {
            java.awt.Font f = Fonts.awt(false, false, nameSize);
            List<String> lines = wrap(d.fullName(), g.getFontMetrics(f), w - 1);
            double lh = nameSize * 1.05;
            double top = y + num.getSize2D() + 0.5;
            g.setFont(f);
            for (int i = 0; i < lines.size() && top + (i + 1) * lh <= y + h + 0.5; i++) {
                FontMetrics fm = g.getFontMetrics(f);
                g.drawString(lines.get(i), (float) (x + (w - fm.stringWidth(lines.get(i))) / 2),
                        (float) (top + (i + 1) * lh - nameSize * 0.2));
            }
        }
    }

    /** The name on as few lines as fit {@code width}, words kept whole. */
    private static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(next) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(next);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void box(Graphics2D g, double x, double y, double w, double h, Color fill) {
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        g.setColor(fill);
        g.fill(r);
        g.setColor(Color.DARK_GRAY);
        g.draw(r);
    }

    private static void centred(Graphics2D g, String text, java.awt.Font font, double cx, double cy) {
        g.setFont(font);
        g.setColor(Color.BLACK);
        FontMetrics fm = g.getFontMetrics(font);
        g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) (cy + fm.getAscent() / 2.0 - 1));
    }
}
