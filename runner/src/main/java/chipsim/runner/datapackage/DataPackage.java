package chipsim.runner.datapackage;

import chipsim.runner.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes datapackage.json (the Frictionless Data Package standard, with a Table Schema for each
 * CSV) describing the files a folder holds now: every file, and of each CSV every column of its
 * header in order, with its type, unit, title and description from {@link FolderFiles}. Writing it
 * again after more files appear (the report, its figures) brings it up to date.
 */
public final class DataPackage {

    public static final String FILE = "datapackage.json";

    /** Formats that are not text, so have no character encoding. */
    private static final java.util.Set<String> BINARY = java.util.Set.of("png", "pdf");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataPackage() {}

    public static void write(Path folder, FolderFiles.Kind kind) throws IOException {
        String text = JSON.writeValueAsString(describe(folder, kind)) + "\n";
        Path temporary = folder.resolve("." + FILE + ".writing");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static ObjectNode describe(Path folder, FolderFiles.Kind kind) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", "data-package");
        root.put("name", kind.packageName());
        root.put("title", kind.title());
        root.put("description", kind.description());
        root.put("chipsim_version", Version.get());
        ArrayNode resources = root.putArray("resources");
        for (String file : files(folder)) {
            Optional<FileDefinition> definition = FolderFiles.of(kind).stream().filter(d -> d.matches(file)).findFirst();
            resources.add(resource(folder, file, definition));
        }
        return root;
    }

    /** The folder's files, its own datapackage.json and hidden files excepted, and those in figures/, sorted. */
    static List<String> files(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.equals(FILE)) {
                    continue;
                }
                if (Files.isRegularFile(entry)) {
                    files.add(name);
                } else if (name.equals("figures") && Files.isDirectory(entry)) {
                    try (Stream<Path> figures = Files.list(entry)) {
                        figures.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                                .filter(n -> !n.startsWith(".")).sorted().forEach(n -> files.add("figures/" + n));
                    }
                }
            }
        }
        return files;
    }

    private static ObjectNode resource(Path folder, String file, Optional<FileDefinition> definition) throws IOException {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("name", file.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-"));
        resource.put("path", file);
        String extension = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
        Optional<TableDefinition> table = definition.flatMap(FileDefinition::tableDefinition);
        if (table.isPresent() || extension.equals("csv")) {
            resource.put("profile", "tabular-data-resource");
        }
        resource.put("format", definition.map(FileDefinition::format).orElse(extension));
        definition.ifPresent(d -> resource.put("mediatype", d.mediatype()));
        if (!BINARY.contains(extension)) {
            resource.put("encoding", "utf-8");
        }
        resource.put("description", definition.map(FileDefinition::description).orElse("not described by chipsim"));
        if (table.isPresent()) {
            resource.set("schema", schema(folder.resolve(file), table));
        } else if (extension.equals("csv")) {
            try {
                resource.set("schema", schema(folder.resolve(file), table));
            } catch (IOException | RuntimeException e) {
                // A CSV someone else put in the folder is listed, not judged: it may be anything.
                resource.remove("profile");
            }
        }
        return resource;
    }

    private static ObjectNode schema(Path csv, Optional<TableDefinition> table) throws IOException {
        CsvColumns.Scan columns = CsvColumns.scan(csv);
        ObjectNode schema = JSON.createObjectNode();
        ArrayNode fields = schema.putArray("fields");
        for (int i = 0; i < columns.header().size(); i++) {
            String column = columns.header().get(i);
            Optional<Field> field = table.flatMap(t -> t.field(column));
            ObjectNode node = fields.addObject();
            node.put("name", column);
            if (field.isEmpty()) {
                node.put("type", columns.types().get(i).key());
                node.put("description", "not described by chipsim");
                continue;
            }
            boolean axis = table.flatMap(t -> t.definition(column)).orElseThrow() == SweepTables.AXIS;
            FieldType type = axis ? columns.types().get(i) : field.get().type();
            node.put("type", type.key());
            node.put("title", field.get().title());
            node.put("description", field.get().description());
            if (!field.get().unit().isEmpty()) {
                node.put("unit", field.get().unit());
            }
        }
        schema.putArray("missingValues").add("");
        return schema;
    }
}
