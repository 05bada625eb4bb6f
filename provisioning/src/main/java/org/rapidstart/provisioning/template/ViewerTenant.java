package org.rapidstart.provisioning.template;

/** Another tenant in which the signed-in account holds the Viewer role, so its templates can be copied. */
public record ViewerTenant(long customerId, String organisationName) {

}
