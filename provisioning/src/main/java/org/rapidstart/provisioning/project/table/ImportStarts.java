package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ObjLongConsumer;

import org.rapidstart.provisioning.RuleViolation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a background import (of a table's rows, of an answers workbook) starts, once its caller has checked who starts
 * it and the kind of file: an empty upload is refused; otherwise it moves into the work folder, its job is made in a
 * transaction that locks the project (starts for one project wait for each other there, so that a job sees the one
 * that runs), and once that commits the worker gets the job and its file. The moved file is deleted whatever goes
 * wrong before the worker has it; the upload stays the caller's to delete.
 */
@Component
class ImportStarts {

	/** Makes the job of an upload, in the transaction that starts it with the project locked. */
	@FunctionalInterface
	interface Job {

		/**
		 * The new job's id.
		 * @param name the upload's file name as a job keeps it (the last 255 characters of a longer one)
		 * @param bytes the upload's size
		 * @throws RuleViolation to refuse the start (an import that runs already); nothing is then kept
		 */
		long create(String name, long bytes);

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TableImportProperties properties;

	ImportStarts(JdbcTemplate jdbc, PlatformTransactionManager transactions, TableImportProperties properties) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
	}

	/**
	 * Starts an import of {@code upload} into the project: {@code job} makes its job, {@code submit} hands the job's
	 * id and file to the worker once the job is committed (at once without a caller's transaction).
	 *
	 * @return the job's id
	 * @throws RuleViolation {@code tables.import.empty} for an empty upload, and what {@code job} refuses with
	 */
	long start(long projectId, String fileName, Path upload, String extension, Job job,
			ObjLongConsumer<Path> submit) {
		Path file = null;
		try {
			long bytes = Files.size(upload);
			if (bytes == 0) {
				throw new RuleViolation("file", "tables.import.empty", "The file is empty.");
			}
			file = ImportFiles.take(upload, this.properties.importDirectory(), extension);
			String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
			Long id = this.transaction.execute(status -> {
				this.jdbc.queryForList("select id from project where id = ? for update", projectId);
				return job.create(name, bytes);
			});
			long jobId = id == null ? 0 : id;
			Path taken = file;
			ImportFiles.afterCommit(() -> submit.accept(taken, jobId), taken);
			file = null;
			return jobId;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				ImportFiles.deleteQuietly(file);
			}
		}
	}

}
