package fr.observatoire.error;

/**
 * Input that cannot be used as it is: the message names the file, line, field and value, in the form
 * "communes.csv line 17, field code_insee: cannot parse '2C001': not a COG commune code".
 */
public class InvalidInputException extends ObservatoryException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Builds the standard message from its parts; any part may be null. */
    public static InvalidInputException at(String file, long line, String field, String value, String problem) {
        StringBuilder message = new StringBuilder();
        if (file != null) {
            message.append(file);
        }
        if (line > 0) {
            message.append(message.length() > 0 ? " " : "").append("line ").append(line);
        }
        if (field != null) {
            message.append(message.length() > 0 ? ", " : "").append("field ").append(field);
        }
        if (message.length() > 0) {
            message.append(": ");
        }
        if (value != null) {
            message.append("cannot use '").append(value).append("': ");
        }
        message.append(problem);
        return new InvalidInputException(message.toString());
    }
}
