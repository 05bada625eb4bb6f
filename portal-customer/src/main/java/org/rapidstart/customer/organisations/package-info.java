/**
 * The organizations a customer user works in: the choice after sign-in when there are several, and switching
 * between them from the header.
 */
@NullMarked
package org.rapidstart.customer.organisations;

import org.jspecify.annotations.NullMarked;
