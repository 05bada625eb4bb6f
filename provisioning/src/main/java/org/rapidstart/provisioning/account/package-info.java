/**
 * Accounts (sign-in ID, display name, hashed password) and the single-use, expiring e-mailed links through
 * which a person sets a password.
 */
@NullMarked
package org.rapidstart.provisioning.account;

import org.jspecify.annotations.NullMarked;
