/**
 * Built-in content: the published templates RapidStart ships (Order-to-cash, Procure-to-pay, and one per module),
 * written in business language with every question mapped to its AX 2012 table and field, and the industry defaults
 * a "default project" starts from.
 */
@NullMarked
package org.rapidstart.questionnaire.builtin;

import org.jspecify.annotations.NullMarked;
