/**
 * User Management in the Customer Portal (Customer administrators only).
 */
@NullMarked
package org.rapidstart.customer.users;

import org.jspecify.annotations.NullMarked;
