package org.rapidstart.customer.design;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.ui.Model;

/**
 * What the template and functional area pages show, for a stored template ({@code stored} set) and, read-only, for
 * a built-in one. Edit controls appear only where the engine allows editing: an unpublished template, and inside it
 * an unpublished functional area.
 */
final class TemplatePages {

	private TemplatePages() {
	}

	static void templatePage(Model model, Template template, @Nullable DesignedTemplate stored, String base) {
		model.addAttribute("template", template);
		model.addAttribute("stored", stored);
		model.addAttribute("base", base);
		model.addAttribute("editable", stored != null && !template.published());
		model.addAttribute("unpublishedAreas",
				template.functionalAreas().stream().filter(a -> !a.published()).map(FunctionalArea::name).toList());
		if (!model.containsAttribute("identify")) {
			model.addAttribute("identify", false);
		}
		if (!model.containsAttribute("areaForm")) {
			model.addAttribute("areaForm", AreaForm.empty((stored != null) ? stored.version() : 0));
		}
	}

	static void areaPage(Model model, Template template, @Nullable DesignedTemplate stored, String base, int a) {
		FunctionalArea area = Positions.area(template, a);
		model.addAttribute("template", template);
		model.addAttribute("stored", stored);
		model.addAttribute("base", base);
		model.addAttribute("a", a);
		model.addAttribute("area", area);
		model.addAttribute("editable", stored != null && !template.published() && !area.published());
		model.addAttribute("canPublish", stored != null && !template.published());
		if (!model.containsAttribute("groupForm")) {
			model.addAttribute("groupForm", GroupForm.empty((stored != null) ? stored.version() : 0));
		}
	}

}
