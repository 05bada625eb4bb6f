package org.rapidstart.provisioning.lifecycle;

/**
 * A tenant's data is about to be purged for good, inside the purging transaction. Features that keep data per
 * customer (projects, templates, endpoints ...) listen and delete theirs.
 */
public record CustomerDataPurging(long customerId) {

}
