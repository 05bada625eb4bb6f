/**
 * The public home page and the sign-in page.
 */
@NullMarked
package org.rapidstart.partner.home;

import org.jspecify.annotations.NullMarked;
