package org.presto.store;

/**
 * A save claimed a resource that another service holds, or more of a divisible one than is left. Nothing was written;
 * a request planned on what it knew may plan again once it knows more.
 *
 * @since 0.8
 */
public class ResourceTakenException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String holder;

    /**
     * @param resource the resource claimed
     * @param holder   the service holding it, or null (a divisible resource, or a holder not known)
     */
    public ResourceTakenException(String resource, String holder, String message) {
        super(message, null);
        this.resource = resource;
        this.holder = holder;
    }

    public String resource() {
        return resource;
    }

    /** The service that holds the resource, if one alone holds it, else null. */
    public String holder() {
        return holder;
    }
}
