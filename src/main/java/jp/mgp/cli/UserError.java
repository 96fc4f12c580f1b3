package jp.mgp.cli;

/** Something the user asked for that cannot be done; printed as one line, never with a stack trace. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
