package fr.observatoire.cli;

import picocli.CommandLine;

/** Exit codes of every command, listed in the help. */
public final class ExitCodes {

    private ExitCodes() {
    }

    public static final int OK = CommandLine.ExitCode.OK;
    public static final int SOFTWARE = CommandLine.ExitCode.SOFTWARE;
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** The batch's reject ratio exceeded the threshold: nothing of it was committed. */
    public static final int REJECT_RATIO = 3;
}
