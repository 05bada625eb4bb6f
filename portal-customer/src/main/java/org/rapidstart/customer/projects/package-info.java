/**
 * Configure: the project list, New project (default or custom), the project page with its progress chart, Copy,
 * Archive and Reassign question group. The rules (who may do what, tenancy, status) are the provisioning
 * {@code project} services'; here are the pages.
 */
@NullMarked
package org.rapidstart.customer.projects;

import org.jspecify.annotations.NullMarked;
