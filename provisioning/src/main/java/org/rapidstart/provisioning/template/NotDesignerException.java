package org.rapidstart.provisioning.template;

import org.rapidstart.provisioning.NotAllowedException;

/** The actor holds neither Designer nor Administrator (any more): design work is refused. */
public class NotDesignerException extends NotAllowedException {

	public NotDesignerException() {
		super("Design needs the Designer or Administrator role");
	}

}
