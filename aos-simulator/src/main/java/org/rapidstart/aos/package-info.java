/**
 * The AOS simulator: a stand-in for the parts of a Dynamics AX 2012 Application Object Server that RapidStart
 * configuration loading touches. Each sub-package is one feature; this package holds only the application
 * class and its settings.
 */
@NullMarked
package org.rapidstart.aos;

import org.jspecify.annotations.NullMarked;
