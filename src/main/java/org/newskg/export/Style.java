package org.newskg.export;

import java.util.Locale;

/**
 * How the formats that carry drawing hints (GEXF viz, yEd, DOT, html) colour and place things, so
 * that one entity type looks the same in every tool.
 */
final class Style {
    private Style() {
    }

    /** Fill colour per entity type, as #rrggbb (a colour-blind-safe palette). */
    static String color(String type) {
        return switch (type) {
            case "Person" -> "#E69F00";
            case "Organization" -> "#56B4E9";
            case "Country" -> "#009E73";
            case "Location" -> "#CC79A7";
            default -> "#999999";
        };
    }

    static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[]{v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF};
    }

    /** yEd's shape per type. */
    static String yedShape(String type) {
        return switch (type) {
            case "Person" -> "ellipse";
            case "Organization" -> "roundrectangle";
            case "Country" -> "hexagon";
            default -> "octagon";
        };
    }

    /** Graphviz's shape per type. */
    static String dotShape(String type) {
        return switch (type) {
            case "Person" -> "ellipse";
            case "Organization" -> "box";
            case "Country" -> "hexagon";
            default -> "octagon";
        };
    }

    /** Edge colour: facts dark, events by CAMEO root (cooperation 01-08 blue, conflict 09-20 red). */
    static String edgeColor(GraphEdge e) {
        if (!e.kind().equals("event")) {
            return "#444444";
        }
        String code = e.relation().substring("cameo:".length());
        int root = code.length() >= 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))
                ? Integer.parseInt(code.substring(0, 2)) : 0;
        return root >= 9 ? "#D55E00" : "#0072B2";
    }

    /** Node size growing with the log of the mention count. */
    static double size(int mentions) {
        return 10 + 6 * Math.log(Math.max(1, mentions)) / Math.log(2);
    }

    /** Edge width growing with the log of the supporting articles. */
    static double width(int weight) {
        return 1 + Math.log(Math.max(1, weight)) / Math.log(2);
    }

    /**
     * A starting position on a sunflower spiral: needs no node count, so it streams, and puts the
     * most mentioned entities (sent first) in the middle. Tools re-layout from here.
     */
    static double[] position(int index) {
        double r = 60 * Math.sqrt(index);
        double a = index * 2.399963229728653; // the golden angle
        return new double[]{Math.round(r * Math.cos(a) * 10) / 10.0, Math.round(r * Math.sin(a) * 10) / 10.0};
    }

    static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e9 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
