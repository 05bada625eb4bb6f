/**
 * Partner users: administrators add administrators and users.
 */
@NullMarked
package org.rapidstart.partner.users;

import org.jspecify.annotations.NullMarked;
