package org.presto.store;

/** A save lost a race: the stored object is not at the revision the writer read. Nothing was written. */
public class StaleRevisionException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StaleRevisionException(String message) {
        super(message, null);
    }
}
