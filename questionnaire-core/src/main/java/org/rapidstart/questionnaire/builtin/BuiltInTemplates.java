package org.rapidstart.questionnaire.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapidstart.questionnaire.document.TemplateDocuments;
import org.rapidstart.questionnaire.model.Template;

/**
 * The templates RapidStart ships: Order-to-cash and Procure-to-pay (business processes) and one per module
 * (General ledger, Accounts receivable, Accounts payable), all published. They are template documents under
 * {@code org/rapidstart/questionnaire/builtin/}; the functional areas they share (Base information, General ledger,
 * Accounts receivable, Accounts payable, Addresses) are identical in every file, which a test keeps so.
 */
public final class BuiltInTemplates {

    public static final String ORDER_TO_CASH = "Order-to-cash";
    public static final String PROCURE_TO_PAY = "Procure-to-pay";
    public static final String GENERAL_LEDGER = "General ledger";
    public static final String ACCOUNTS_RECEIVABLE = "Accounts receivable";
    public static final String ACCOUNTS_PAYABLE = "Accounts payable";

    /** Resource files in the order the portal lists them (business processes first). */
    static final List<String> FILES = List.of("order-to-cash.json", "procure-to-pay.json", "general-ledger.json",
            "accounts-receivable.json", "accounts-payable.json");
    private static final String FOLDER = "/org/rapidstart/questionnaire/builtin/";

    private static volatile List<Template> all;

    private BuiltInTemplates() {
    }

    /** Every built-in template, read once. */
    public static List<Template> all() {
        List<Template> result = all;
        if (result == null) {
            List<Template> read = new ArrayList<>();
            for (String file : FILES) {
                read.add(TemplateDocuments.read(resource(file)));
            }
            result = List.copyOf(read);
            all = result;
        }
        return result;
    }

    public static Optional<Template> byName(String name) {
        return all().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The template by name; for the names above, which always exist. */
    public static Template get(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("No built-in template '" + name + "'."));
    }

    /** The raw document of one built-in file, e.g. to seed the portal's template table. */
    public static String resource(String file) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The built-in template " + FOLDER + file + " is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
