package org.rapidstart.questionnaire.progress;

/**
 * Progress of one question group: how many shown questions there are and how many are answered, how many of them
 * are required and answered, and how many validation errors its questions have. Complete when every shown
 * required question is answered and no question of the group (shown or hidden) has an error.
 */
public record GroupProgress(String functionalArea, String group, int questions, int answered, int required,
                            int requiredAnswered, int errors) {

    public boolean complete() {
        return requiredAnswered == required && errors == 0;
    }

    /** Answered questions as a whole percentage of the shown questions (100 when nothing is to be answered). */
    public int percent() {
        return Progress.percent(answered, questions);
    }
}
