package org.rapidstart.aos.metadata;

/** A legal entity of the AOS, identified by its DataAreaId (up to 4 characters, held upper-case). */
public record Company(String dataAreaId, String name) {
}
