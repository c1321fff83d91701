package chipsim.runner.report;

/**
 * One chart, described independently of how it is drawn: {@link EChartsOptions} turns it into an
 * interactive chart in the page, {@link PngCharts} into a static figure.
 */
public sealed interface Chart permits SeriesChart, HeatmapChart, TimelineChart {

    /** The full title, used above a PNG (the page shows it as the section heading). */
    String title();

    /** One line saying what the chart shows in this run, computed from its data. */
    String reading();
}
