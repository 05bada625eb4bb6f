package org.rapidstart.questionnaire.model;

/** A template edit the rules refuse (published content, unknown names); the message is fit for the Designer page. */
public class TemplateEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateEditException(String message) {
        super(message);
    }
}
