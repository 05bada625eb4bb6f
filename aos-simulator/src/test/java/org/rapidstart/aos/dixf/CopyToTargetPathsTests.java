package org.rapidstart.aos.dixf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.rapidstart.aos.AosApiTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Both copy-to-target paths (MERGE on PostgreSQL 17+, update + insert before) count alike. */
class CopyToTargetPathsTests extends AosApiTest {

	@Autowired
	DixfJobs jobs;

	@AfterEach
	void decideByServerVersionAgain() {
		this.jobs.useMerge(null);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void createdUpdatedAndUnchangedAreCountedOnEitherPath(boolean merge) {
		this.jobs.useMerge(merge);
		String group = merge ? "M" : "U";
		this.aos.createCompany("CP" + group, "Copy paths");
		this.aos.documents("CP" + group, "CustGroup", List.of(Map.of("CustGroup", "SAME", "Name", "Same"),
				Map.of("CustGroup", "CHANGED", "Name", "Before")));

		JsonNode job = this.aos.postCsv("/aos/CP" + group + "/dixf/jobs?entity=CustGroup&batchTasks=2&wait=true",
				"CustGroup,Name\nSAME,Same\nCHANGED,After\nNEW1,New\nNEW2,New\n,Missing\n").getBody();

		JsonNode run = job.get("executions").get(0);
		assertThat(run.get("createdRows").asLong()).isEqualTo(2);
		assertThat(run.get("updatedRows").asLong()).isEqualTo(1);
		assertThat(run.get("unchangedRows").asLong()).isEqualTo(1);
		assertThat(run.get("errorRows").asLong()).isEqualTo(1);
		assertThat(this.aos.get("/aos/CP" + group + "/documents/CustGroup?CustGroup=CHANGED").getBody().get("records").get(0)
			.get("Name").asString()).isEqualTo("After");
	}

}
