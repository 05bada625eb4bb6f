/**
 * Class operations: the named X++ classes the questionnaire calls at load time (create a fiscal calendar with
 * its years and periods; create a company's number sequences). Each is idempotent: run twice, it changes
 * nothing the second time and says so.
 */
@NullMarked
package org.rapidstart.aos.classop;

import org.jspecify.annotations.NullMarked;
