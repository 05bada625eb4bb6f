/**
 * Cloud-side state of RapidStart and the services that change it: accounts, the VOICE directory, partners,
 * customers, subscriptions and their activation, the mail outbox and the audit log. Sub-packages are features;
 * each exposes a service facade and keeps its entities' state changes behind methods that check the rules.
 */
@NullMarked
package org.rapidstart.provisioning;

import org.jspecify.annotations.NullMarked;
