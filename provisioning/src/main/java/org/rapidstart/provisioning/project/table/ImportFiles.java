package org.rapidstart.provisioning.project.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The uploaded files of background imports (of a table's rows, of an answers workbook): taken over into the work
 * folder under a name of their own, handed to a worker once the job that names them is committed, deleted quietly.
 */
final class ImportFiles {

	private ImportFiles() {
	}

	/** Moves an upload into the work folder; the caller owns the returned file. */
	static Path take(Path upload, Path directory, String extension) throws IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve(UUID.randomUUID() + extension);
		Files.move(upload, file, StandardCopyOption.REPLACE_EXISTING);
		return file;
	}

	/**
	 * Runs {@code submit} once the caller's transaction commits (at once without one): the worker must find the job.
	 * The file is deleted when the transaction rolls back instead.
	 */
	static void afterCommit(Runnable submit, Path file) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			submit.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					submit.run();
				}
				else {
					deleteQuietly(file);
				}
			}

		});
	}

	static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a file left in the work folder is harmless; the folder is a temporary one
		}
	}

}
