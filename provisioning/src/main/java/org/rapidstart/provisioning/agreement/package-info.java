/**
 * The online services agreement and the privacy statement: versioned texts shipped as resources, and each
 * person's acceptance with document, version and time. A new version is asked for again at the next sign-in.
 */
@NullMarked
package org.rapidstart.provisioning.agreement;

import org.jspecify.annotations.NullMarked;
