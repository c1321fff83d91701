package chipsim.runner.report;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The file formats a report's charts can be written in, each drawn from the same JFreeChart
 * figure: PNG for slides, SVG (Apache Batik's SVG generator, text as text) and PDF (Apache PDFBox,
 * text as outlines) for papers. SVG and PDF are byte-identical for the same chart.
 */
public enum FigureFormat {
    PNG,
    SVG,
    PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    void write(JFreeChart chart, int width, int height, Path file) throws IOException {
        switch (this) {
            case PNG -> ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
            case SVG -> Files.writeString(file, svg(chart, width, height), StandardCharsets.UTF_8);
            case PDF -> pdf(chart, width, height, file);
        }
    }

    static String svg(JFreeChart chart, int width, int height) throws IOException {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        // Text as text, so a paper's editor can still find and fix a label.
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        draw(chart, g2, width, height);
        Element root = g2.getRoot();
        // A viewBox lets the drawing scale to any width in a paper.
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        // Written by the JDK's serializer rather than Batik's, which adds a doctype pointing to the web.
        StringWriter out = new StringWriter();
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(root), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write the SVG of " + chart.getTitle().getText() + ": " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void pdf(JFreeChart chart, int width, int height, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height);
            draw(chart, g2, width, height);
            g2.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g2.getXFormObject());
            }
            // PDFBox would make the file identifier from the clock; one from the chart's title keeps it reproducible.
            byte[] id = Integer.toHexString(chart.getTitle() == null ? 0 : chart.getTitle().getText().hashCode())
                    .getBytes(StandardCharsets.US_ASCII);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(file.toFile());
        }
    }

    private static void draw(JFreeChart chart, Graphics2D g2, int width, int height) {
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    }
}
