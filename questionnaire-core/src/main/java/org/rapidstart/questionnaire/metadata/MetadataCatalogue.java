package org.rapidstart.questionnaire.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.internal.JsonSupport;
import tools.jackson.core.JacksonException;

/**
 * The ERP tables, fields, enums, relations and class operations a designer can target. Immutable; a refreshed
 * catalogue (e.g. from a connected AOS) is a new instance. The order of {@link #tables()} is the canonical load
 * order of docs/ax-2012-tables.md, which the load plan uses to break ties deterministically.
 */
public final class MetadataCatalogue {

    public static final String FORMAT = "rapidstart-metadata";
    public static final int VERSION = 1;
    private static final String AX2012_RESOURCE = "/org/rapidstart/questionnaire/metadata/ax2012.json";

    private static volatile MetadataCatalogue ax2012;

    private final String erpVersion;
    private final List<EnumMeta> enums;
    private final List<TableMeta> tables;
    private final List<ClassOperationMeta> classOperations;
    private final Map<String, TableMeta> tablesByName = new LinkedHashMap<>();
    private final Map<String, EnumMeta> enumsByName = new LinkedHashMap<>();
    private final Map<String, ClassOperationMeta> operationsByName = new LinkedHashMap<>();

    public MetadataCatalogue(String erpVersion, List<EnumMeta> enums, List<TableMeta> tables,
                             List<ClassOperationMeta> classOperations) {
        this.erpVersion = Objects.requireNonNull(erpVersion, "erpVersion");
        this.enums = List.copyOf(enums);
        this.tables = List.copyOf(tables);
        this.classOperations = List.copyOf(classOperations);
        this.enums.forEach(e -> put(enumsByName, e.name(), e, "enum"));
        this.tables.forEach(t -> put(tablesByName, t.name(), t, "table"));
        this.classOperations.forEach(o -> put(operationsByName, o.name(), o, "class operation"));
    }

    private static <T> void put(Map<String, T> map, String name, T value, String what) {
        if (map.putIfAbsent(key(name), value) != null) {
            throw new IllegalArgumentException("The catalogue lists the " + what + " '" + name + "' twice.");
        }
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** The Dynamics AX 2012 core financial tables RapidStart ships with (docs/ax-2012-tables.md). */
    public static MetadataCatalogue ax2012() {
        MetadataCatalogue c = ax2012;
        if (c == null) {
            try (InputStream in = MetadataCatalogue.class.getResourceAsStream(AX2012_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in catalogue " + AX2012_RESOURCE + " is missing.");
                }
                c = fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ax2012 = c;
        }
        return c;
    }

    /** Reads a catalogue document ({@code "format": "rapidstart-metadata", "version": 1}). */
    public static MetadataCatalogue fromJson(String json) {
        try {
            Document d = JsonSupport.MAPPER.readValue(json, Document.class);
            if (!FORMAT.equals(d.format())) {
                throw new IllegalArgumentException("This is not a RapidStart metadata catalogue (format '"
                        + d.format() + "', expected '" + FORMAT + "').");
            }
            if (d.version() > VERSION) {
                throw new IllegalArgumentException("This catalogue was made by a newer RapidStart (format version "
                        + d.version() + "); this installation reads version " + VERSION + ".");
            }
            return new MetadataCatalogue(d.erpVersion(), nz(d.enums()), nz(d.tables()), nz(d.classOperations()));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The metadata catalogue cannot be read: " + JsonSupport.describe(e), e);
        }
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }

    public String toJson() {
        return JsonSupport.MAPPER.writeValueAsString(
                new Document(FORMAT, VERSION, erpVersion, enums, tables, classOperations));
    }

    /**
     * A copy with the given table added or replaced (keeping its place in the order), e.g. after reading it from
     * a connected AOS's metadata service.
     */
    public MetadataCatalogue withTable(TableMeta table) {
        List<TableMeta> copy = new ArrayList<>(tables);
        int at = -1;
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).name().equalsIgnoreCase(table.name())) {
                at = i;
            }
        }
        if (at >= 0) {
            copy.set(at, table);
        } else {
            copy.add(table);
        }
        return new MetadataCatalogue(erpVersion, enums, copy, classOperations);
    }

    /**
     * A copy refreshed with one table as a connected AOS describes it: the body of the AOS metadata service's
     * {@code GET /aos/metadata/tables/{table}} ({@code name}, {@code scope}, {@code fields} with {@code type},
     * {@code length}, {@code mandatory}, {@code key}, {@code enumName}, {@code enumValues} and {@code relation}).
     * The table's enums are refreshed too.
     */
    public MetadataCatalogue withAosTable(String tableDetailJson) {
        AosTable t;
        try {
            t = JsonSupport.MAPPER.readerFor(AosTable.class)
                    .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(tableDetailJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The AOS table description cannot be read: "
                    + JsonSupport.describe(e), e);
        }
        MetadataCatalogue result = this;
        List<FieldMeta> fields = new ArrayList<>();
        for (AosField f : nz(t.fields())) {
            FieldType type;
            switch (f.type()) {
                case "String":
                    type = FieldType.string(f.length() == null ? 0 : f.length());
                    break;
                case "Enum":
                    String enumName = Objects.requireNonNull(f.enumName(), "enumName of " + f.name());
                    type = FieldType.ofEnum(enumName);
                    if (f.enumValues() != null) {
                        result = result.withEnum(new EnumMeta(enumName, f.enumValues()));
                    }
                    break;
                default:
                    type = FieldType.parse(f.type());
                    break;
            }
            fields.add(new FieldMeta(f.name(), type, f.mandatory(), f.key(), f.relation()));
        }
        Scope scope = "shared".equalsIgnoreCase(t.scope()) ? Scope.SHARED : Scope.COMPANY;
        return result.withTable(new TableMeta(t.name(), scope, fields));
    }

    record AosTable(String name, String scope, List<AosField> fields) {
    }

    record AosField(String name, String type, @Nullable Integer length, boolean mandatory, boolean key,
                    @Nullable String enumName, @Nullable List<String> enumValues, @Nullable Relation relation) {
    }

    /** A copy with the given enum added or replaced. */
    public MetadataCatalogue withEnum(EnumMeta e) {
        List<EnumMeta> copy = new ArrayList<>(enums);
        int at = -1;
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).name().equalsIgnoreCase(e.name())) {
                at = i;
            }
        }
        if (at >= 0) {
            copy.set(at, e);
        } else {
            copy.add(e);
        }
        return new MetadataCatalogue(erpVersion, copy, tables, classOperations);
    }

    public String erpVersion() {
        return erpVersion;
    }

    public List<EnumMeta> enums() {
        return enums;
    }

    public List<TableMeta> tables() {
        return tables;
    }

    public List<ClassOperationMeta> classOperations() {
        return classOperations;
    }

    public Optional<TableMeta> table(String name) {
        return Optional.ofNullable(tablesByName.get(key(name)));
    }

    public Optional<FieldMeta> field(String table, String field) {
        return table(table).flatMap(t -> t.field(field));
    }

    public Optional<EnumMeta> enumeration(String name) {
        return Optional.ofNullable(enumsByName.get(key(name)));
    }

    public Optional<ClassOperationMeta> classOperation(String name) {
        return Optional.ofNullable(operationsByName.get(key(name)));
    }

    /** The position of a table in the canonical order, or -1; used for deterministic tie-breaks. */
    public int canonicalIndex(String table) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).name().equalsIgnoreCase(table)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetadataCatalogue c && erpVersion.equals(c.erpVersion) && enums.equals(c.enums)
                && tables.equals(c.tables) && classOperations.equals(c.classOperations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(erpVersion, enums, tables, classOperations);
    }

    @Override
    public String toString() {
        return "MetadataCatalogue[" + erpVersion + ", " + tables.size() + " tables]";
    }

    /** The file shape; separate from the class so the lookup maps never reach JSON. */
    record Document(String format, int version, String erpVersion, List<EnumMeta> enums, List<TableMeta> tables,
                    List<ClassOperationMeta> classOperations) {
    }
}
