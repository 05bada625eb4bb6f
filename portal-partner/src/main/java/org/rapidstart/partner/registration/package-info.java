/**
 * "Activate your partner account": registration against VOICE and the e-mailed link that sets a password.
 */
@NullMarked
package org.rapidstart.partner.registration;

import org.jspecify.annotations.NullMarked;
