package chipsim.runner.report;

/** A section of a report page: a chart, or prepared HTML such as a table. */
public sealed interface Block permits Figure, HtmlBlock {

    String id();

    String title();
}
