package org.rapidstart.questionnaire.document;

/** A template file or package that cannot be read; the message says why in terms a designer can act on. */
public class TemplateDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateDocumentException(String message) {
        super(message);
    }

    public TemplateDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
