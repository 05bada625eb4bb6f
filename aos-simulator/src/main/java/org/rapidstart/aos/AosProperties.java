package org.rapidstart.aos;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code rapidstart.aos}. The service-account defaults ({@code aosadmin}/{@code aosadmin}) are
 * for the local demo only; any shared deployment must set its own.
 */
@Validated
@ConfigurationProperties("rapidstart.aos")
public record AosProperties(@Valid @DefaultValue ServiceAccount serviceAccount, @Valid @DefaultValue Faults faults,
		@Valid @DefaultValue Dixf dixf) {

	public record ServiceAccount(@NotBlank @DefaultValue("aosadmin") String user,
			@NotBlank @DefaultValue("aosadmin") String password) {
	}

	/** The start-up state of the fault switches; the admin endpoint changes them at run time. */
	public record Faults(@Min(0) @Max(60_000) @DefaultValue("0") long latencyMs,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.0") double errorRate,
			@DefaultValue("false") boolean maintenance, @Min(1) @DefaultValue("60") int retryAfterSeconds) {
	}

	public record Dixf(@Min(1) @Max(16) @DefaultValue("4") int defaultBatchTasks,
			@Min(1) @Max(16) @DefaultValue("8") int maxBatchTasks) {
	}

}
