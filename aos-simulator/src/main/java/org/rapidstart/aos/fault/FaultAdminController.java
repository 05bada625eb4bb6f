package org.rapidstart.aos.fault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/aos/admin/faults")
@Tag(name = "Admin", description = "Fault injection switches (never subject to the faults themselves)")
class FaultAdminController {

	private final FaultSwitches switches;

	FaultAdminController(FaultSwitches switches) {
		this.switches = switches;
	}

	@GetMapping
	@Operation(summary = "The current fault switches")
	FaultSwitches.Faults get() {
		return this.switches.current();
	}

	@PutMapping
	@Operation(summary = "Replace the fault switches (fields left out are off)")
	FaultSwitches.Faults put(@Valid @RequestBody FaultRequest request) {
		this.switches.set(new FaultSwitches.Faults(request.latencyMs() == null ? 0 : request.latencyMs(),
				request.errorRate() == null ? 0.0 : request.errorRate(), Boolean.TRUE.equals(request.maintenance())));
		return this.switches.current();
	}

	record FaultRequest(@Min(0) @Max(60_000) @org.jspecify.annotations.Nullable Long latencyMs,
			@DecimalMin("0.0") @DecimalMax("1.0") @org.jspecify.annotations.Nullable Double errorRate,
			@org.jspecify.annotations.Nullable Boolean maintenance) {
	}

}
