package dev.kujira.web.store;

/** Is a failure of the database under a store: unreachable, or a statement that failed. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String what, Throwable cause) {
    super(what + ": " + cause.getMessage(), cause);
  }

  StoreException(String what) {
    super(what);
  }
}
