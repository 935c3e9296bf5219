package fr.observatoire.cli;

import fr.observatoire.error.InvalidInputException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a one-line error (with its causes) instead of a stack trace; the trace only with {@code -v}. Bad input is a
 * usage problem (exit 2), anything else a software error (exit 1).
 */
final class ShortErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getColorScheme().errorText("error: " + describe(ex)));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        } else {
            err.println("(run with -v for details)");
        }
        err.flush();
        return ex instanceof InvalidInputException || ex instanceof IllegalArgumentException
                ? ExitCodes.USAGE : ExitCodes.SOFTWARE;
    }

    /** The message and the distinct messages of its causes, joined. */
    static String describe(Throwable ex) {
        StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage() != null ? ex.getMessage() : ex.toString()));
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !text.toString().contains(message)) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult sub = parseResult; sub != null; sub = sub.subcommand()) {
            List<String> args = sub.originalArgs();
            if (sub.hasMatchedOption("-v") || args.contains("-v") || args.contains("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
