/**
 * The partner's activity: its audit log.
 */
@NullMarked
package org.rapidstart.partner.activity;

import org.jspecify.annotations.NullMarked;
