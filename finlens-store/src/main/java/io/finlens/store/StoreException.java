package io.finlens.store;

/** The database failed (disk full, store locked by another process, corrupt file); the message names what was being done. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
