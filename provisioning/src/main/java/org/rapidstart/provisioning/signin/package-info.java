/**
 * Sign-in throttling for both portals: repeated failed sign-ins for one sign-in ID or from one client address are
 * slowed down (a refusal window that doubles with each failure) and then locked for a while. The state lives in
 * PostgreSQL, so several portal instances share it, and its times come from the one {@code Clock}. A successful
 * sign-in resets the account's counter; the address counter only forgets with time, so one valid account cannot
 * be used to reset an attack from the same address.
 */
@NullMarked
package org.rapidstart.provisioning.signin;

import org.jspecify.annotations.NullMarked;
