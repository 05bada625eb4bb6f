/**
 * The VOICE directory: certified partners and their customer accounts, imported from CSV by Support.
 */
@NullMarked
package org.rapidstart.provisioning.voice;

import org.jspecify.annotations.NullMarked;
