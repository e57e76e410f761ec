package org.presto.model.tapi;

/**
 * A TAPI 2.1.3 document that cannot be imported: malformed, or with content that TAPI 2.1.3 or Presto's model does
 * not define. The path says where, as a JSON pointer into the document ({@code /tapi-common:context/...}).
 */
public final class InvalidTapiContextException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;

    public InvalidTapiContextException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    /** Where in the document the problem is, as a JSON pointer. */
    public String path() {
        return path;
    }
}
