/**
 * The e-mailed activation and invitation links: sign in with, or create, the account the link is for.
 */
@NullMarked
package org.rapidstart.customer.activation;

import org.jspecify.annotations.NullMarked;
