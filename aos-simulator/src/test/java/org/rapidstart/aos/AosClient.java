package org.rapidstart.aos;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Calls the simulator's real HTTP API as the connector would, without throwing on 4xx/5xx. */
public final class AosClient {

	private final RestClient http;

	public AosClient(int port) {
		this(port, "aosadmin", "aosadmin");
	}

	public AosClient(int port, String user, String password) {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth(user, password))
			.build();
	}

	public ResponseEntity<JsonNode> get(String path) {
		return exchange(HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
	}

	public ResponseEntity<JsonNode> post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
	}

	public ResponseEntity<JsonNode> put(String path, Object body) {
		return exchange(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
	}

	public ResponseEntity<JsonNode> delete(String path) {
		return exchange(HttpMethod.DELETE, path, null, MediaType.APPLICATION_JSON);
	}

	public ResponseEntity<JsonNode> postCsv(String path, String csv) {
		return exchange(HttpMethod.POST, path, csv, MediaType.parseMediaType("text/csv"));
	}

	public ResponseEntity<String> getText(String path) {
		return this.http.get().uri(path).retrieve().onStatus(s -> true, (req, res) -> {
		}).toEntity(String.class);
	}

	/** Posts a batch and returns the result body (asserting nothing: the tests do). */
	public JsonNode documents(String company, String table, List<Map<String, Object>> records) {
		ResponseEntity<JsonNode> response = post("/aos/" + company + "/documents/" + table, Map.of("records", records));
		if (!response.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError("POST documents failed: " + response);
		}
		return response.getBody();
	}

	public void createCompany(String id, String name) {
		post("/aos/companies", Map.of("dataAreaId", id, "name", name));
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, MediaType contentType) {
		RestClient.RequestBodySpec spec = this.http.method(method).uri(path);
		if (body != null) {
			spec.contentType(contentType).body(body);
		}
		return spec.retrieve().onStatus(s -> true, (req, res) -> {
		}).toEntity(JsonNode.class);
	}

}
