package org.rapidstart.questionnaire.model;

/**
 * A question was added or renamed to a short name another question of the template already uses (ignoring letter
 * case): a refusal of the short name itself, which a designer page shows next to that field.
 */
public class ShortNameTakenException extends TemplateEditException {
    private static final long serialVersionUID = 1L;

    public ShortNameTakenException(String shortName) {
        super("The short name '" + shortName + "' is already used by another question in this template.");
    }
}
