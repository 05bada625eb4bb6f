/**
 * The service account: every AOS call, the admin switches and the console need its credentials over HTTP
 * Basic, as a connector needs AX admin credentials. Wrong or missing ones get a 401 problem detail. The
 * OpenAPI description and Swagger UI stay open so a new user can read the API before having credentials.
 */
@NullMarked
package org.rapidstart.aos.security;

import org.jspecify.annotations.NullMarked;
