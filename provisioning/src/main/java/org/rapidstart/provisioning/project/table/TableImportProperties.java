package org.rapidstart.provisioning.project.table;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of table imports ({@code rapidstart.tables.*}).
 *
 * @param importThreads how many imports run at once per instance; more wait in line
 * @param importQueue how many imports may wait in line per instance before new ones are refused
 * @param importDirectory where uploaded files wait until their import has run (deleted afterwards); the system's
 * temporary folder when not set
 * @param staleAfter an import that has given no sign of life for this long (its instance stopped) is failed, and
 * nothing it wrote is kept
 * @param ownTableFrom a file at least this large is imported into a table of its own, indexed once after loading
 * and dropped as a whole when its rows are replaced (a partition of the rows, see {@link RowStore}); smaller ones
 * write into the shared rows table, so that small tables do not each make a partition
 */
@Validated
@ConfigurationProperties("rapidstart.tables")
public record TableImportProperties(@DefaultValue("2") @Min(1) int importThreads,
		@DefaultValue("50") @Min(1) int importQueue, Path importDirectory, @DefaultValue("5m") Duration staleAfter,
		@DefaultValue("1MB") DataSize ownTableFrom) {

	public TableImportProperties {
		if (importDirectory == null) {
			importDirectory = Path.of(System.getProperty("java.io.tmpdir"), "rapidstart-imports");
		}
	}

}
