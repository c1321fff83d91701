package chipsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Figures for papers: `report --svg --pdf` on a real run, read back as XML and as PDF. */
class ReportFigureFormatsTest {

    @TempDir
    Path temp;

    @Test
    void svgAndPdfFiguresAreValidAndReproducible() throws Exception {
        Path run = temp.resolve("run");
        assertEquals(0, Cli.run("run", "--quarters", "4", "--out", run.toString()).status());
        Cli.Result report = Cli.run("report", run.toString(), "--svg", "--pdf");
        assertEquals(0, report.status(), report.toString());
        List<Path> svgs = files(run.resolve("figures"), ".svg");
        List<Path> pdfs = files(run.resolve("figures"), ".pdf");
        assertTrue(svgs.size() >= 10, "one SVG per chart: " + svgs);
        assertEquals(svgs.size(), pdfs.size(), "one PDF per chart too");
        assertTrue(files(run.resolve("figures"), ".png").isEmpty(), "no PNG unless --png");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Nothing may be fetched to read a figure: a doctype naming a DTD on the web would fail here.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path svg : svgs) {
            Document document = factory.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", document.getDocumentElement().getLocalName(), svg.toString());
            assertTrue(document.getDocumentElement().getAttribute("viewBox").matches("0(\\.0)? 0(\\.0)? 1200(\\.0)? [0-9.]+"),
                    svg + " scales to any width: " + document.getDocumentElement().getAttribute("viewBox"));
        }
        String prices = Files.readString(run.resolve("figures/prices.svg"));
        assertTrue(prices.contains("Prices by chip"), "the title is text in the SVG");

        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII), pdf.toString());
            try (PDDocument document = Loader.loadPDF(bytes)) {
                assertEquals(1, document.getNumberOfPages(), pdf.toString());
            }
        }

        byte[] svgBefore = Files.readAllBytes(run.resolve("figures/prices.svg"));
        byte[] pdfBefore = Files.readAllBytes(run.resolve("figures/prices.pdf"));
        assertEquals(0, Cli.run("report", run.toString(), "--svg", "--pdf").status());
        assertArrayEquals(svgBefore, Files.readAllBytes(run.resolve("figures/prices.svg")), "SVG is reproducible");
        assertArrayEquals(pdfBefore, Files.readAllBytes(run.resolve("figures/prices.pdf")), "PDF is reproducible");
    }

    @Test
    void sweepAxesAreLabelledFromTheColumnDefinitions() {
        assertEquals("Fees collected by Washington (USD), summed over the run", MetricLabels.label("sum.fees_usd"));
        assertEquals(Unit.USD, MetricLabels.unit("sum.fees_usd"));
        assertEquals("Price of H20 (USD), mean over the quarters", MetricLabels.label("mean.price_usd.H20"));
        assertEquals("washington's payoff, summed over the run", MetricLabels.label("payoff.washington"));
        assertEquals(Unit.PLAIN, MetricLabels.unit("payoff.washington"));
        assertEquals(Unit.COUNT, MetricLabels.unit("tsmc_capacity_wafers"));
        assertEquals("washington.params.revenueShare", MetricLabels.label("washington.params.revenueShare"));
    }

    @Test
    void linesThatCoincideStayVisible() {
        // c lies on b throughout, so b is drawn wider; a only meets them at x = 1, so it keeps its width.
        List<Double> a = List.of(0.0, 5.0, 10.0);
        List<Double> b = List.of(1.0, 5.0, 3.0);
        List<Double> c = List.of(1.0, 5.0, 3.0);
        assertArrayEquals(new int[] {0, 1, 0}, Coincidence.depths(List.of(a, b, c)));
        // Three lines on one another: the first is covered twice.
        assertArrayEquals(new int[] {2, 1, 0}, Coincidence.depths(List.of(b, c, b)));
        // Lines that never meet keep one width.
        assertArrayEquals(new int[] {0, 0}, Coincidence.depths(List.of(List.of(0.0, 1.0), List.of(9.0, 10.0))));
        assertArrayEquals(new int[] {0, 0}, Coincidence.depths(List.of(java.util.Arrays.asList(2.0, null),
                java.util.Arrays.asList(null, 2.0))), "gaps never meet");
        assertTrue(Coincidence.stroke(1).getLineWidth() > Coincidence.stroke(0).getLineWidth());
        assertEquals("licenceCeilingTpp", SweepFigures.shortName("washington.params.licenceCeilingTpp"));
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
