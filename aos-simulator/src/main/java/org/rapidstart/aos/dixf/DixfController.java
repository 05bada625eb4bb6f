package org.rapidstart.aos.dixf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.dixf.DixfViews.JobSummary;
import org.rapidstart.aos.dixf.DixfViews.JobView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/aos/{company}/dixf/jobs")
@Tag(name = "DIXF", description = "Data Import/Export Framework: CSV -> staging -> validate -> copy to target")
class DixfController {

	private final DixfJobs jobs;

	DixfController(DixfJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Create a job from a CSV body (streamed: use this for large files)",
			description = "The first line names the entity's fields. Staging happens during the request; validation "
					+ "and the copy to target follow in the background unless wait=true.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
	ResponseEntity<JobView> createFromBody(@PathVariable String company, @RequestParam String entity,
			@RequestParam(required = false) @Nullable Integer batchTasks,
			@RequestParam(defaultValue = ",") String delimiter, @RequestParam(defaultValue = "false") boolean wait,
			@RequestParam(required = false) @Nullable String fileName, HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return created(this.jobs.start(company, entity, fileName, in, batchTasks,
					StagingWriter.delimiter(delimiter), wait));
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Create a job from an uploaded CSV file (multipart part 'file')")
	ResponseEntity<JobView> createFromFile(@PathVariable String company, @RequestParam String entity,
			@RequestParam(required = false) @Nullable Integer batchTasks,
			@RequestParam(defaultValue = ",") String delimiter, @RequestParam(defaultValue = "false") boolean wait,
			@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return created(this.jobs.start(company, entity, file.getOriginalFilename(), in, batchTasks,
					StagingWriter.delimiter(delimiter), wait));
		}
	}

	@GetMapping
	@Operation(summary = "Execution history: the company's jobs, latest first, with their latest run")
	List<JobSummary> list(@PathVariable String company) {
		return this.jobs.list(company);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job: status, its executions with counts, and the latest execution's row errors (paged)")
	JobView get(@PathVariable String company, @PathVariable long id,
			@RequestParam(defaultValue = "0") int errorsPage, @RequestParam(defaultValue = "100") int errorsSize) {
		if (errorsPage < 0 || errorsSize < 1 || errorsSize > 10_000) {
			throw DixfJobs.badRequest("errorsPage must be >= 0 and errorsSize between 1 and 10000.");
		}
		return this.jobs.get(company, id, errorsPage, errorsSize);
	}

	@PostMapping("/{id}/rerun-errors")
	@Operation(summary = "Copy data to target: rows with previous errors",
			description = "Without a body, the failed rows are validated again as staged (fix the related data first, "
					+ "e.g. post the missing CustGroup). With a text/csv body (same header), its rows replace the "
					+ "failed rows; their line numbers continue after the job's last line.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
	ResponseEntity<JobView> rerunErrors(@PathVariable String company, @PathVariable long id,
			@RequestParam(defaultValue = ",") String delimiter, @RequestParam(defaultValue = "false") boolean wait,
			HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		boolean correction = contentType != null
				&& (contentType.startsWith("text/csv") || contentType.startsWith(MediaType.TEXT_PLAIN_VALUE));
		try (InputStream in = request.getInputStream()) {
			JobView job = this.jobs.rerunErrors(company, id, correction ? in : null, StagingWriter.delimiter(delimiter),
					wait);
			// 200 when the run is over (wait=true), 202 while it still validates and copies
			return wait ? ResponseEntity.ok(job) : ResponseEntity.accepted().body(job);
		}
	}

	@DeleteMapping("/{id}/staging")
	@Operation(summary = "Staging clean-up: drop the job's staging rows (no more re-runs of its failed rows)")
	ResponseEntity<Void> cleanUpStaging(@PathVariable String company, @PathVariable long id) {
		this.jobs.cleanUpStaging(company, id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<JobView> created(JobView job) {
		return ResponseEntity.created(URI.create("/aos/" + job.company() + "/dixf/jobs/" + job.id())).body(job);
	}

}
