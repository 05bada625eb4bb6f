/**
 * Customers of a partner: Getting Started, the Customers list, "Create a new customer" with the VOICE search, and
 * a customer's page where a prospect gets its VOICE account number.
 */
@NullMarked
package org.rapidstart.partner.customers;

import org.jspecify.annotations.NullMarked;
