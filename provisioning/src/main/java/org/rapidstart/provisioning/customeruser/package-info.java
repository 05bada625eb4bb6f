/**
 * Customer users: an account's membership of a customer tenant with its RapidStart roles (Administrator, Designer,
 * Configurator, Viewer), User Management (New User, Send Invitation, roles, deactivate, remove, never without an
 * Administrator), and the redemption of the activation and invitation links that make a person a customer user.
 */
@NullMarked
package org.rapidstart.provisioning.customeruser;

import org.jspecify.annotations.NullMarked;
