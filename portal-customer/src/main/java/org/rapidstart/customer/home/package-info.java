/**
 * The Customer Portal's home page and sign-in page.
 */
@NullMarked
package org.rapidstart.customer.home;

import org.jspecify.annotations.NullMarked;
