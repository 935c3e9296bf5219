package fr.observatoire.error;

/** Root of the project's unchecked exceptions: a message a person can act on, and the cause kept. */
public class ObservatoryException extends RuntimeException {

    public ObservatoryException(String message) {
        super(message);
    }

    public ObservatoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
