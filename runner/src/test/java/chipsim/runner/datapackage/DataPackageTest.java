package chipsim.runner.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * datapackage.json against the files actually written: every file listed and every listed file
 * there, every column of each CSV in the header in order, every cell of the type its field says,
 * and every column described by chipsim's definitions.
 */
class DataPackageTest {

    @TempDir
    Path dir;

    @Test
    void aRunFolderDescribesEveryFileAndColumn() throws Exception {
        Path out = dir.resolve("run");
        Cli.Result run = Cli.run("run", "--quarters", "6", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.status(), run.toString());
        JsonNode pkg = check(out);
        assertEquals("chipsim-run", pkg.get("name").asText());
        Set<String> listed = paths(pkg);
        assertTrue(listed.containsAll(List.of("quarters.csv", "flows.csv", "agents.csv", "trace.jsonl",
                "scenario.resolved.yaml", "report.html", "run.log")), listed.toString());
        JsonNode fees = field(pkg, "quarters.csv", "fees_usd");
        assertEquals("USD", fees.get("unit").asText());
        assertEquals("number", fees.get("type").asText());
        assertEquals("Fees collected by Washington (USD)", fees.get("title").asText());

        // The report's figures join the list when the report writes them.
        Cli.Result report = Cli.run("report", out.toString(), "--svg");
        assertEquals(ExitCodes.OK, report.status(), report.toString());
        assertTrue(paths(check(out)).stream().anyMatch(p -> p.startsWith("figures/") && p.endsWith(".svg")));
    }

    @Test
    void aPriceNobodySetIsAnEmptyCellNeverZero() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(ExitCodes.OK, Cli.run("run", "--quarters", "4", "--out", out.toString()).status());
        CsvColumns quarters = CsvColumns.read(out.resolve("quarters.csv"));
        int empty = 0;
        for (int i = 0; i < quarters.header().size(); i++) {
            if (quarters.header().get(i).startsWith("price_usd.")) {
                for (String cell : quarters.column(i)) {
                    assertFalse(cell.equals("0"), quarters.header().get(i) + " has a price of 0");
                    empty += cell.isEmpty() ? 1 : 0;
                }
            }
        }
        // The baseline lists chips that nobody offers in its first year (B20 is only being designed).
        assertTrue(empty > 0, "expected some chips with no price");
        assertTrue(Files.readString(out.resolve("trace.jsonl")).contains(":null"), "trace prices of unoffered chips are null");
    }

    @Test
    void aSweepFolderAndItsTracesDescribeEveryFileAndColumn() throws Exception {
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, """
                name: small
                base: bundled:baseline
                quarters: 3
                replications: 2
                axes:
                  washington.params.revenueShare: {values: [0.1, 0.4]}
                  beijing.params.firstQuotaUnits: {values: [100000, 200000]}
                metrics: [end.china_compute_h100e, sum.fees_usd, mean.price_usd.H20, payoff.washington]
                """);
        Path out = dir.resolve("sweep");
        Cli.Result sweep = Cli.run("sweep", file.toString(), "--out", out.toString(), "--keep-traces");
        assertEquals(ExitCodes.OK, sweep.status(), sweep.toString());
        JsonNode pkg = check(out);
        assertTrue(paths(pkg).containsAll(List.of("runs.csv", "summary.csv", "sweep.resolved.yaml", "report.html")));
        assertEquals("number", field(pkg, "runs.csv", "washington.params.revenueShare").get("type").asText());
        assertEquals("integer", field(pkg, "runs.csv", "beijing.params.firstQuotaUnits").get("type").asText());
        assertEquals("the value of the scenario setting `beijing.params.firstQuotaUnits` at this point (a sweep axis)",
                field(pkg, "summary.csv", "beijing.params.firstQuotaUnits").get("description").asText());
        assertEquals("Fees collected by Washington (USD), summed over the run (mean)",
                field(pkg, "summary.csv", "sum.fees_usd.mean").get("title").asText());
        assertEquals("USD", field(pkg, "summary.csv", "mean.price_usd.H20.ci95_low").get("unit").asText());
        try (Stream<Path> traces = Files.list(out.resolve("traces"))) {
            List<Path> folders = traces.toList();
            assertEquals(8, folders.size());
            for (Path trace : folders) {
                check(trace);
            }
        }
    }

    @Test
    void aGameFolderDescribesEveryFileAndColumn() throws Exception {
        Path out = dir.resolve("game");
        Cli.Result game = Cli.run("game", Cli.config("games/prisoners-dilemma.yaml"), "--out", out.toString());
        assertEquals(ExitCodes.OK, game.status(), game.toString());
        JsonNode pkg = check(out);
        assertEquals("boolean", field(pkg, "payoffs.csv", "nash").get("type").asText());
        assertEquals("row's strategy", field(pkg, "payoffs.csv", "row").get("title").asText());
        assertEquals("payoff", field(pkg, "payoffs.csv", "payoff.row.ci95_low").get("unit").asText());
    }

    @Test
    void anAxisIsTypedFromItsValues() {
        assertEquals(FieldType.INTEGER, FieldType.infer(List.of("1", "", "-20")));
        assertEquals(FieldType.NUMBER, FieldType.infer(List.of("1", "0.25", "1e-3")));
        assertEquals(FieldType.BOOLEAN, FieldType.infer(List.of("true", "false")));
        assertEquals(FieldType.STRING, FieldType.infer(List.of("pragmatic-quota", "1")));
        assertEquals(FieldType.STRING, FieldType.infer(List.of("")));
    }

    @Test
    void docsTraceShowsTheDefinitionsTables() throws IOException {
        Path docs = Path.of("").toAbsolutePath().resolve("../docs/trace.md").normalize();
        if (!Files.exists(docs)) {
            docs = Path.of("docs/trace.md");
        }
        String text = Files.readString(docs);
        for (TableDefinition table : RunTables.all()) {
            String expected = MarkdownTables.columns(table);
            assertTrue(text.contains(expected), "docs/trace.md must show " + table.file() + "'s columns as defined:\n"
                    + expected);
        }
    }

    /** Checks a folder against its datapackage.json; returns the package. */
    static JsonNode check(Path folder) throws IOException {
        JsonNode pkg = new ObjectMapper().readTree(folder.resolve(DataPackage.FILE).toFile());
        Set<String> listed = paths(pkg);
        Set<String> present = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
                    .filter(p -> !Path.of(p).getFileName().toString().startsWith(".") && !p.equals(DataPackage.FILE))
                    .filter(p -> !p.contains("/") || p.startsWith("figures/"))
                    .forEach(present::add);
        }
        assertEquals(present, listed, folder + ": datapackage.json must list exactly the files present");
        Set<String> names = new TreeSet<>();
        for (JsonNode resource : pkg.get("resources")) {
            String path = resource.get("path").asText();
            assertTrue(names.add(resource.get("name").asText()), "resource names are unique: " + path);
            assertTrue(resource.get("name").asText().matches("[a-z0-9._-]+"), path);
            assertFalse(resource.get("description").asText().contains("not described"), path + " has no definition");
            if (!path.endsWith(".csv")) {
                assertFalse(resource.has("schema"), path);
                continue;
            }
            assertEquals("tabular-data-resource", resource.get("profile").asText(), path);
            CsvColumns csv = CsvColumns.read(folder.resolve(path));
            JsonNode fields = resource.get("schema").get("fields");
            List<String> fieldNames = new ArrayList<>();
            fields.forEach(f -> fieldNames.add(f.get("name").asText()));
            assertEquals(csv.header(), fieldNames, path + ": the fields are the header's columns in order");
            for (int i = 0; i < fields.size(); i++) {
                JsonNode f = fields.get(i);
                String where = path + " column " + f.get("name").asText();
                assertFalse(f.get("description").asText().contains("not described"), where + " has no definition");
                assertTrue(f.has("title"), where);
                FieldType type = FieldType.valueOf(f.get("type").asText().toUpperCase(java.util.Locale.ROOT));
                for (String cell : csv.column(i)) {
                    assertTrue(type.accepts(cell), where + ": '" + cell + "' is not a " + type.key());
                }
            }
            for (List<String> row : csv.rows()) {
                assertEquals(csv.header().size(), row.size(), path + ": every row has every column");
            }
        }
        return pkg;
    }

    private static Set<String> paths(JsonNode pkg) {
        Set<String> paths = new TreeSet<>();
        pkg.get("resources").forEach(r -> paths.add(r.get("path").asText()));
        return paths;
    }

    private static JsonNode field(JsonNode pkg, String path, String column) {
        for (JsonNode resource : pkg.get("resources")) {
            if (resource.get("path").asText().equals(path)) {
                for (JsonNode f : resource.get("schema").get("fields")) {
                    if (f.get("name").asText().equals(column)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError(path + " has no field " + column);
    }
}
