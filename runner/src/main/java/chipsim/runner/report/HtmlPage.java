package chipsim.runner.report;

import chipsim.runner.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Writes a {@link ReportPage} as one self-contained HTML file: the style, the data, ECharts and
 * the drawing script are all inlined, so the page opens from disk with no network.
 */
public final class HtmlPage {

    private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlPage() {}

    public static void write(ReportPage page, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // An empty icon, so that the browser does not look for favicon.ico next to the file.
        out.write("<link rel=\"icon\" href=\"data:,\">\n");
        out.write("<title>" + Html.text(page.title()) + "</title>\n<style>\n");
        out.write(resource("report/report.css"));
        out.write("</style>\n</head>\n<body>\n<header>\n");
        out.write(page.headerHtml());
        out.write("</header>\n<nav class=\"toc\">");
        for (Block block : page.blocks()) {
            out.write("<a href=\"#" + block.id() + "\">" + Html.text(block.title()) + "</a> ");
        }
        out.write("</nav>\n<main>\n");
        ObjectNode data = JSON.createObjectNode();
        ObjectNode figures = data.putObject("figures");
        for (Block block : page.blocks()) {
            if (block instanceof Figure figure) {
                writeFigure(figure, out);
                ObjectNode entry = figures.putObject(figure.id());
                figure.choices().forEach(choice -> entry.withArray("choices").add(EChartsOptions.of(choice.chart())));
            } else if (block instanceof HtmlBlock html) {
                out.write("<section id=\"" + html.id() + "\">\n<h2>" + Html.text(html.title()) + "</h2>\n");
                out.write(html.html());
                out.write("</section>\n");
            }
        }
        out.write("</main>\n<footer>Written by chipsim " + Html.text(Version.get()) + ". Charts drawn with Apache"
                + " ECharts " + Html.text(echartsVersion()) + " (Apache License 2.0), inlined in this file; hover a"
                + " chart for values, click a legend entry to hide a series.</footer>\n");
        out.write("<script type=\"application/json\" id=\"report-data\">");
        out.write(jsonForScript(JSON.writeValueAsString(data)));
        out.write("</script>\n<script>\n");
        out.write(scriptSafe(echartsScript()));
        out.write("\n</script>\n<script>\n");
        out.write(scriptSafe(resource("report/report.js")));
        out.write("</script>\n</body>\n</html>\n");
    }

    private static void writeFigure(Figure figure, Writer out) throws IOException {
        Chart first = figure.choices().get(0).chart();
        out.write("<section id=\"" + figure.id() + "\" data-figure=\"" + figure.id() + "\">\n<h2>"
                + Html.text(figure.title()) + "</h2>\n");
        if (figure.choices().size() > 1) {
            out.write("<label class=\"chooser\">" + Html.text(figure.chooserLabel()) + "<select>");
            for (int i = 0; i < figure.choices().size(); i++) {
                out.write("<option value=\"" + i + "\">" + Html.text(figure.choices().get(i).label()) + "</option>");
            }
            out.write("</select></label>\n");
        }
        out.write("<p class=\"reading\">" + Html.text(first.reading()) + "</p>\n");
        String size = first instanceof TimelineChart ? " short" : "";
        out.write("<div class=\"chart" + size + "\" role=\"img\" aria-label=\"" + Html.text(first.title()) + "\"></div>\n");
        out.write("</section>\n");
    }

    /** JSON inside a script element: no '<', '>' or '&' that could end the element or start a comment. */
    static String jsonForScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** Script text that cannot close its element early. */
    static String scriptSafe(String script) {
        return script.replace("</script", "<\\/script").replace("<!--", "<\\!--");
    }

    public static String echartsVersion() {
        Properties pom = new Properties();
        try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(ECHARTS_POM)) {
            if (in == null) {
                throw new IllegalStateException("ECharts is missing from the classpath (" + ECHARTS_POM + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String echartsScript() {
        return resource("META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js");
    }

    private static String resource(String path) {
        try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("chipsim's jar lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
