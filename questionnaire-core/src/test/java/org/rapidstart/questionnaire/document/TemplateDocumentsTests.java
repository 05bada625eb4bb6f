package org.rapidstart.questionnaire.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.model.Template;

class TemplateDocumentsTests {

    @Test
    void everyBuiltInTemplateRoundTrips() {
        for (Template t : BuiltInTemplates.all()) {
            String json = TemplateDocuments.write(t);
            assertThat(json).startsWith("{\n  \"format\" : \"rapidstart-template\",\n  \"version\" : 1,");
            Template back = TemplateDocuments.read(json);
            assertThat(back).as(t.name()).isEqualTo(t);
            assertThat(TemplateDocuments.write(back)).isEqualTo(json);
        }
    }

    @Test
    void packageRoundTripsAndComesInUnpublished() {
        Template t = BuiltInTemplates.get("Order-to-cash");
        Instant at = Instant.parse("2026-11-20T10:15:30Z");
        byte[] bytes = RapidStartPackage.toBytes(t, at, "rapidstart.contoso.example / Contoso Partners");
        ImportedTemplate imported = RapidStartPackage.read(new ByteArrayInputStream(bytes));
        assertThat(imported.template()).isEqualTo(t.withPublished(false));
        assertThat(imported.manifest()).isEqualTo(new PackageManifest("rapidstart-package", 1,
                "2026-11-20T10:15:30Z", "rapidstart.contoso.example / Contoso Partners", "Order-to-cash"));
        assertThat(imported.manifest().exportedAtInstant()).isEqualTo(at);
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> TemplateDocuments.read("{\n  \"format\": \"rapidstart-template\",\n  \"version\": 1,\n"
                + "  \"template\": {\"name\": \"T\",, }\n}"))
                .isInstanceOf(TemplateDocumentException.class)
                .hasMessageStartingWith("The file is not valid JSON:")
                .hasMessageContaining("(line 4, column");
    }

    @Test
    void newerFormatVersionIsRefusedWithBothVersions() {
        assertThatThrownBy(() -> TemplateDocuments.read("{\"format\":\"rapidstart-template\",\"version\":2,"
                + "\"template\":{\"name\":\"T\",\"brandNewThing\":true}}"))
                .isInstanceOf(TemplateDocumentException.class)
                .hasMessage("This file was made by a newer RapidStart (format version 2); this installation reads"
                        + " version 1.");
    }

    @Test
    void otherFilesAndMissingPartsAreNamed() {
        assertThatThrownBy(() -> TemplateDocuments.read("[1, 2]"))
                .hasMessage("The file is not a RapidStart template: it does not hold a JSON object.");
        assertThatThrownBy(() -> TemplateDocuments.read("{\"name\": \"T\"}"))
                .hasMessage("The file is not a RapidStart template: the \"format\" property is missing.");
        assertThatThrownBy(() -> TemplateDocuments.read("{\"format\":\"rapidstart-answers\",\"version\":1}"))
                .hasMessage("The file is not a RapidStart template: its format is 'rapidstart-answers', expected"
                        + " 'rapidstart-template'.");
        assertThatThrownBy(() -> TemplateDocuments.read("{\"format\":\"rapidstart-template\",\"template\":{}}"))
                .hasMessage("The file has no format version (a whole number in \"version\").");
        assertThatThrownBy(() -> TemplateDocuments.read("{\"format\":\"rapidstart-template\",\"version\":1}"))
                .hasMessage("The file has no \"template\" part.");
    }

    @Test
    void invalidContentNamesTheProblemAndPlace() {
        String json = "{\"format\":\"rapidstart-template\",\"version\":1,\"template\":{\"name\":\"T\",\n"
                + "\"functionalAreas\":[{\"name\":\"A\",\"groups\":[{\"name\":\"G\",\"questions\":[\n"
                + "{\"shortName\":\"Q\",\"type\":\"FIELD\"}]}]}]}}";
        assertThatThrownBy(() -> TemplateDocuments.read(json))
                .hasMessageStartingWith("The template in the file is not valid: Question 'Q': a Field question needs"
                        + " its target table and field.");
        assertThatThrownBy(() -> TemplateDocuments.read("{\"format\":\"rapidstart-template\",\"version\":1,"
                + "\"template\":{\"name\":\"T\",\"colour\":\"red\"}}"))
                .hasMessageStartingWith("The template in the file is not valid: Unrecognized property \"colour\"");
        assertThatThrownBy(() -> TemplateDocuments.read("{\"format\":\"rapidstart-template\",\"version\":1,"
                + "\"template\":{\"name\":\"T\",\"type\":\"PROCESS\"}}"))
                .hasMessageStartingWith("The template in the file is not valid:").hasMessageContaining("PROCESS");
    }

    @Test
    void minimalHandWrittenDocumentReadsWithDefaults() {
        Template t = TemplateDocuments.read("{\"format\":\"rapidstart-template\",\"version\":1,\"template\":{"
                + "\"name\":\"Mine\",\"functionalAreas\":[{\"name\":\"A\",\"groups\":[{\"name\":\"G\",\"questions\":["
                + "{\"shortName\":\"Q\",\"text\":\"Check credit?\",\"type\":\"NON_ACTIONABLE\"}]}]}]}}");
        assertThat(t.targetErpVersion()).isEqualTo("Dynamics AX 2012 R3");
        assertThat(t.published()).isFalse();
        assertThat(t.question("Q").orElseThrow().choices()).containsExactly("Yes", "No");
        assertThat(t.question("Q").orElseThrow().required()).isFalse();
    }

    @Test
    void packageErrorsNameTheMissingOrBrokenPart() throws Exception {
        assertThatThrownBy(() -> RapidStartPackage.read(new ByteArrayInputStream("not a zip".getBytes())))
                .isInstanceOf(TemplateDocumentException.class).hasMessageStartingWith("The file is not a .rapidstart package");
        assertThatThrownBy(() -> RapidStartPackage.read(zip("manifest.json", manifest(1))))
                .hasMessage("The package is incomplete: template.json is missing.");
        assertThatThrownBy(() -> RapidStartPackage.read(zip("template.json",
                TemplateDocuments.write(BuiltInTemplates.get("General ledger")))))
                .hasMessage("The package is incomplete: manifest.json is missing.");
        assertThatThrownBy(() -> RapidStartPackage.read(zip("manifest.json", manifest(3), "template.json", "{}")))
                .hasMessage("This package was made by a newer RapidStart (format version 3); this installation reads"
                        + " version 1.");
        assertThatThrownBy(() -> RapidStartPackage.read(zip("manifest.json", manifest(1), "template.json", "{oops")))
                .hasMessageStartingWith("template.json: The file is not valid JSON:");
    }

    private static String manifest(int version) {
        return "{\"format\":\"rapidstart-package\",\"version\":" + version
                + ",\"exportedAt\":\"2026-11-20T10:15:30Z\",\"source\":\"x\",\"template\":\"T\"}";
    }

    private static ByteArrayInputStream zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
