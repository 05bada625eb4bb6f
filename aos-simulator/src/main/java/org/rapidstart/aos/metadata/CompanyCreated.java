package org.rapidstart.aos.metadata;

/** Published when a company is created, so the document side can give it its CompanyInfo record as AX does. */
public record CompanyCreated(Company company) {
}
