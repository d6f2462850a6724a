package vn.civic.feedback.open311;

import vn.civic.platform.error.CivicException;

/** A request the Open311 endpoint refuses; answered in the specification's error format. */
public class Open311Exception extends CivicException {

    public Open311Exception(Open311Error error, Object... args) {
        super(error, args);
    }
}
