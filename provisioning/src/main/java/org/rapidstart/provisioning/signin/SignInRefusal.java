package org.rapidstart.provisioning.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * Why an attempt was refused before its password was checked: until when, and whether that is a lock (after many
 * failures) or a short wait. It never says whether the sign-in ID belongs to an account. Serializable: it travels
 * in the (JDBC) session to the sign-in page.
 *
 * @param until no attempt is checked before this time
 * @param locked a lock for a while, not a short wait
 */
public record SignInRefusal(Instant until, boolean locked) implements Serializable {

}
