package jp.mgp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files that {@code validate} and {@code fmt} work on. A folder stands for the {@code *.json} files directly in
 * it, sorted by name: not its sub-folders, so that a folder of scenarios kept in git is checked as it is listed,
 * and a shell glob ({@code dir/**}{@code /*.json}) reaches further when that is wanted. A file named twice (itself
 * and through its folder) is worked on once. Anything that is not a folder is taken as a file, so a missing one is
 * reported by the reader in its own words.
 */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static List<Path> expand(List<Path> arguments, Locale locale) {
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path argument : arguments) {
            for (Path file : Files.isDirectory(argument) ? inFolder(argument, locale) : List.of(argument)) {
                files.putIfAbsent(file.toAbsolutePath().normalize(), file);
            }
        }
        return new ArrayList<>(files.values());
    }

    private static List<Path> inFolder(Path folder, Locale locale) {
        List<Path> json;
        try (Stream<Path> entries = Files.list(folder)) {
            json = entries.filter(ScenarioFiles::isScenario)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UserError(CliText.get("folder.unreadable", locale, folder.toString()));
        }
        if (json.isEmpty()) {
            // A folder that silently passes because nothing was in it would hide a mistyped path in a script.
            throw new UserError(CliText.get("folder.empty", locale, folder.toString()));
        }
        return json;
    }

    /** A visible {@code .json} file: hidden ones are editors' and tools' own, not scenarios. */
    private static boolean isScenario(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".json") && !Files.isDirectory(p);
    }
}
