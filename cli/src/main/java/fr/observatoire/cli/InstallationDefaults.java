package fr.observatoire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Defaults such as {@code data-samples/reference} name folders of the installation: when the current folder has no
 * such path, they resolve against the installation folder that {@code ./observatory} passes as
 * {@code observatory.home}, so the commands work from any folder.
 */
final class InstallationDefaults implements IDefaultValueProvider {

    private final String home;

    InstallationDefaults(String home) {
        this.home = home;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        String declared = argument.defaultValue();
        if (home == null || declared == null || !declared.startsWith("data-samples")
                || Files.exists(Path.of(declared))) {
            return null;
        }
        Path installed = Path.of(home).resolve(declared);
        return Files.exists(installed) ? installed.toString() : null;
    }
}
