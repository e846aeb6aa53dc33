package dev.unitlint.config;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which configuration applies to each checked file. As in ruff and ShellCheck, the closest
 * {@code .unitlint.yaml} wins, per file: it is looked for from the file's folder upward to the
 * repository root ({@link ConfigFinder}), so {@code cd /tmp && unitlint check /repo/units}
 * uses {@code /repo/.unitlint.yaml}. A file with none above it gets the one found from the
 * working directory, if any. Files of one run may so lie under different configurations;
 * nothing is merged between them. {@code --config FILE} applies one file to every path, and
 * {@code --no-config} none. Each configuration file is read once.
 */
public final class Configs {

    private final Config fixed;
    private Config fallback;
    private final FileSystem fileSystem;
    private final Path workingDirectory;
    private final Map<Path, Config> byFolder = new HashMap<>();
    private final Map<Path, Config> byFile = new HashMap<>();

    private Configs(Config fixed, FileSystem fileSystem, Path workingDirectory) {
        this.fixed = fixed;
        this.fallback = fixed;
        this.fileSystem = fileSystem;
        this.workingDirectory = workingDirectory;
    }

    /** One configuration for every path ({@code --config FILE}, or {@link Config#none} for {@code --no-config}). */
    public static Configs of(Config config) {
        return new Configs(config, null, null);
    }

    /**
     * Configurations discovered per file, on {@code fileSystem}; the one found from the working
     * directory (read now, so that a mistake in it stops the run at once) is the fallback.
     */
    public static Configs discovered(FileSystem fileSystem, Path workingDirectory) throws ConfigException {
        Configs configs = new Configs(null, fileSystem, workingDirectory);
        Optional<Path> found = ConfigFinder.find(workingDirectory);
        configs.fallback = found.isPresent() ? configs.read(found.get()) : Config.none(workingDirectory);
        return configs;
    }

    /** The configuration of the working directory: for settings of the whole run. */
    public Config fallback() {
        return fallback;
    }

    /** The configuration that applies to a file (or link) named as findings name it. */
    public Config forPath(String path) throws ConfigException {
        if (fixed != null) {
            return fixed;
        }
        Path file;
        try {
            file = fileSystem.getPath(path);
        } catch (RuntimeException e) {
            return fallback; // not a path of this file system (standard input's name): the run's configuration
        }
        Path absolute = (file.isAbsolute() ? file : fileSystem.getPath(workingDirectory.toString()).resolve(file))
                .normalize();
        Path folder = absolute.getParent();
        return folder == null ? fallback : inFolder(folder);
    }

    /**
     * {@link ConfigFinder#find} from {@code folder}, remembered for every folder on the way up:
     * a corpus of a thousand folders costs one look per folder, not one per folder and ancestor.
     */
    private Config inFolder(Path folder) throws ConfigException {
        Config cached = byFolder.get(folder);
        if (cached != null) {
            return cached;
        }
        Optional<Path> here = ConfigFinder.inFolder(folder);
        Config config;
        if (here.isPresent()) {
            config = read(here.get());
        } else if (ConfigFinder.isRepositoryRoot(folder) || folder.getParent() == null) {
            config = fallback;
        } else {
            config = inFolder(folder.getParent());
        }
        byFolder.put(folder, config);
        return config;
    }

    private Config read(Path file) throws ConfigException {
        Path key = file.toAbsolutePath().normalize();
        Config config = byFile.get(key);
        if (config == null) {
            config = ConfigReader.read(file);
            byFile.put(key, config);
        }
        return config;
    }
}
