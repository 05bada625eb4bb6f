/**
 * Online service subscriptions of a customer (RapidStart Services), their data centre, and the activation e-mail
 * sent to the Customer administrator.
 */
@NullMarked
package org.rapidstart.provisioning.subscription;

import org.jspecify.annotations.NullMarked;
