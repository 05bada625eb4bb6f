package org.rapidstart.customer.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rapidstart.provisioning.RuleViolation;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An uploaded file handed to the import that starts from it (a table's, or the answers workbook's): the container
 * keeps large parts on disk; the upload goes to a file of ours that the import takes over, and is deleted if it did
 * not. A refusal (by rule: a Viewer, an archived project, a functional area not open yet ...) goes back to the page
 * the upload came from, as its error.
 */
final class Uploads {

	private Uploads() {
	}

	/** Starts an import from the uploaded file; returns the view to go to (a redirect to the import's page). */
	interface Start {

		String from(Path upload) throws IOException;

	}

	static String start(MultipartFile file, String prefix, String back, RedirectAttributes redirect, Start start)
			throws IOException {
		Path upload = Files.createTempFile(prefix, ".part");
		try {
			file.transferTo(upload);
			return start.from(upload);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessage());
			return "redirect:" + back;
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

}
