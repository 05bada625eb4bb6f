/**
 * The agreements page: the current online services agreement and privacy statement, agreed to before anything
 * else in the Customer Portal.
 */
@NullMarked
package org.rapidstart.customer.agreements;

import org.jspecify.annotations.NullMarked;
