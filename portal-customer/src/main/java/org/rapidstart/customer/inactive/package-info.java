/**
 * An organization whose trial ended: RapidStart work is refused with a page that says why and what to do.
 */
@NullMarked
package org.rapidstart.customer.inactive;

import org.jspecify.annotations.NullMarked;
