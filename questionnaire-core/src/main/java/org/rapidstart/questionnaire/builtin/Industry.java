package org.rapidstart.questionnaire.builtin;

/** The industries RapidStart has defaults for. */
public enum Industry {
    MANUFACTURING("Manufacturing"),
    DISTRIBUTION("Distribution"),
    PROFESSIONAL_SERVICES("Professional services");

    private final String displayName;

    Industry(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
