package org.rapidstart.questionnaire.publish;

import java.util.List;

import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Template;
import org.rapidstart.questionnaire.model.TemplateEditException;

/**
 * Publishes and unpublishes templates and functional areas, refusing with every problem the {@link PublishCheck}
 * finds. Unpublishing is what makes a template editable again; the portal, which knows the projects, lists the
 * projects that use the template before it calls {@link #unpublish}.
 */
public final class Publisher {

    private final PublishCheck check;

    public Publisher(MetadataCatalogue catalogue) {
        this.check = new PublishCheck(catalogue);
    }

    /** The template, published. @throws PublishException with every problem found */
    public Template publish(Template template) {
        List<PublishProblem> problems = check.check(template);
        if (!problems.isEmpty()) {
            throw new PublishException("The template '" + template.name() + "'", problems);
        }
        return template.withPublished(true);
    }

    /** The template with one functional area published. @throws PublishException with every problem found */
    public Template publishFunctionalArea(Template template, String areaName) {
        List<PublishProblem> problems = check.checkArea(template, areaName);
        if (!problems.isEmpty()) {
            throw new PublishException("The functional area '" + areaName + "'", problems);
        }
        return template.withAreaPublished(areaName, true);
    }

    /**
     * What to tell the designer before unpublishing: the projects (named by the portal, which stores them) that use
     * the template. Empty when none does.
     */
    public static java.util.Optional<String> unpublishWarning(Template template, List<String> projectsUsingIt) {
        if (projectsUsingIt.isEmpty()) {
            return java.util.Optional.empty();
        }
        int n = projectsUsingIt.size();
        return java.util.Optional.of("The template '" + template.name() + "' is used by " + n
                + (n == 1 ? " project: " : " projects: ") + String.join(", ", projectsUsingIt)
                + ". While it is unpublished, no new project can choose it; publish it again when your changes are"
                + " done.");
    }

    /** The template, unpublished (and editable); projects already using it keep their copy of the answers. */
    public Template unpublish(Template template) {
        return template.withPublished(false);
    }

    /** One area unpublished; only on an unpublished template, so a published one always has a published area. */
    public Template unpublishFunctionalArea(Template template, String areaName) {
        if (template.published()) {
            throw new TemplateEditException("The template '" + template.name()
                    + "' is published. Unpublish it before unpublishing one of its functional areas.");
        }
        FunctionalArea area = template.functionalArea(areaName).orElseThrow(() ->
                new TemplateEditException("The template has no functional area '" + areaName + "'."));
        return template.withAreaPublished(area.name(), false);
    }
}
