/**
 * Signing customers up for RapidStart Services, the Service List, and Send Activation.
 */
@NullMarked
package org.rapidstart.partner.services;

import org.jspecify.annotations.NullMarked;
