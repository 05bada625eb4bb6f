/**
 * Time: one {@link java.time.Clock} bean for the whole application, optionally shifted for demos and tests.
 */
@NullMarked
package org.rapidstart.provisioning.time;

import org.jspecify.annotations.NullMarked;
