/**
 * Partners: activating a partner account against VOICE, partner users and their roles, and the Support team.
 */
@NullMarked
package org.rapidstart.provisioning.partner;

import org.jspecify.annotations.NullMarked;
