package io.newsreaction.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest's {@code Implementation-Version}, or "dev" outside a jar. */
public final class ManifestVersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"news-reaction " + version()};
    }

    public static String version() {
        String version = ManifestVersionProvider.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
