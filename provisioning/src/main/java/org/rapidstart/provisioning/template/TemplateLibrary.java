package org.rapidstart.provisioning.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates a tenant's projects can be created from: the built-in ones (read-only, always published) and the
 * tenant's own published templates. Callers check the actor's role; this only scopes by tenant.
 */
@Service
public class TemplateLibrary {

	private final QuestionnaireTemplates templates;

	TemplateLibrary(QuestionnaireTemplates templates) {
		this.templates = templates;
	}

	/** Built-in templates first (in the product's order), then the tenant's published ones by name. */
	@Transactional(readOnly = true)
	public List<AvailableTemplate> publishedFor(long customerId) {
		List<AvailableTemplate> result = new ArrayList<>(builtIns());
		this.templates.findByCustomerIdAndPublishedTrueOrderByNameAsc(customerId)
			.forEach(t -> result.add(available(t)));
		return result;
	}

	/**
	 * One published template: the tenant's stored template {@code templateId} when given, else the built-in one
	 * named {@code builtInName}. Empty when it does not exist, belongs to another tenant or is not published.
	 */
	@Transactional(readOnly = true)
	public Optional<AvailableTemplate> published(long customerId, @Nullable Long templateId,
			@Nullable String builtInName) {
		if (templateId != null) {
			return this.templates.findByIdAndCustomerId(templateId, customerId)
				.filter(QuestionnaireTemplate::isPublished)
				.map(TemplateLibrary::available);
		}
		if (builtInName != null) {
			return BuiltInTemplates.byName(builtInName).map(TemplateLibrary::builtIn);
		}
		return Optional.empty();
	}

	static List<AvailableTemplate> builtIns() {
		return BuiltInTemplates.all().stream().map(TemplateLibrary::builtIn).toList();
	}

	/** Built-in templates are published (questionnaire-core's BuiltInTemplatesTests keeps them so). */
	private static AvailableTemplate builtIn(Template template) {
		return new AvailableTemplate(null, template.name(), template.type(), template);
	}

	private static AvailableTemplate available(QuestionnaireTemplate stored) {
		Template template = stored.template();
		return new AvailableTemplate(stored.getId(), template.name(), template.type(), template);
	}

}
