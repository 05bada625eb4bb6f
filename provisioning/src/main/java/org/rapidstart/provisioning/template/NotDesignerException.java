package org.rapidstart.provisioning.template;

/** The actor holds neither Designer nor Administrator (any more): design work is refused. */
public class NotDesignerException extends RuntimeException {

	public NotDesignerException() {
		super("Design needs the Designer or Administrator role");
	}

}
