package chipsim.runner.report;

/**
 * A section of prepared markup (a table); its builder escapes every value it puts in.
 *
 * @param html trusted markup, built with {@link Html}
 */
public record HtmlBlock(String id, String title, String html) implements Block {}
