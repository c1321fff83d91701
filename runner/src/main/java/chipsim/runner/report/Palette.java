package chipsim.runner.report;

import java.util.List;

/** The colours of the reports, shared by the page and the PNGs so a series looks the same in both. */
public final class Palette {

    /** Distinct colours for series with no colour of their own (Tableau 10, readable on white). */
    public static final List<String> SERIES = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    public static final String CHINA = "#d62728";
    public static final String US = "#1f4e9c";
    public static final String GAP = "#aab4c3";
    public static final String NVIDIA = "#5b9a00";
    public static final String NVIDIA_GREY = "#b9d98a";
    public static final String HUAWEI = "#c7000b";
    public static final String FEES = "#7b3f9e";
    public static final String OPEN = "#59a14f";
    public static final String LICENSED = "#edc948";
    public static final String BANNED = "#e15759";

    private Palette() {}

    public static String series(int index) {
        return SERIES.get(index % SERIES.size());
    }
}
