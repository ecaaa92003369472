package kz.gov.tsa.testing.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the Keycloak distribution zip once into a cache directory and keeps it there.
 *
 * <p>The zip holds one top-level folder ({@code keycloak-26.7.3/}); the server home becomes
 * {@code <cacheDir>/<that folder>}. A marker file records the zip it came from (size and
 * modification time); a home without a matching marker is unpacked again. Unpacking goes to a
 * temporary sibling folder that is renamed into place, so an interrupted unpack never leaves a
 * half-filled home behind. Callers serialize through {@link KeycloakServer}'s start lock.
 */
final class KeycloakDistribution {

    static final String MARKER = ".tsa-unpacked";

    private KeycloakDistribution() {
    }

    /** The server home for this zip, unpacking it first if needed. */
    static Path ensureUnpacked(Path distZip, Path cacheDir) throws IOException {
        if (!Files.isRegularFile(distZip)) {
            throw new IllegalArgumentException("Keycloak distribution zip not found: " + distZip
                    + " (it is a Maven dependency: org.keycloak:keycloak-quarkus-dist:" + KeycloakServer.VERSION
                    + ":zip; resolve it with ./tsa mvn -N dependency:get"
                    + " -Dartifact=org.keycloak:keycloak-quarkus-dist:" + KeycloakServer.VERSION + ":zip)");
        }
        Files.createDirectories(cacheDir);
        String stamp = Files.size(distZip) + " " + Files.getLastModifiedTime(distZip).toMillis() + " " + distZip.getFileName();
        try (ZipFile zip = new ZipFile(distZip.toFile())) {
            String top = topLevelFolder(zip);
            Path home = cacheDir.resolve(top);
            Path marker = home.resolve(MARKER);
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(stamp)
                    && Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            removeLeftovers(cacheDir, "." + top + ".unpacking-");
            Path tmp = Files.createTempDirectory(cacheDir, "." + top + ".unpacking-");
            try {
                extract(zip, tmp);
                Files.writeString(tmp.resolve(top).resolve(MARKER), stamp + "\n");
                deleteRecursively(home);
                try {
                    Files.move(tmp.resolve(top), home, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    throw new IOException("Could not move the unpacked Keycloak into " + home, e);
                }
            } finally {
                deleteRecursively(tmp);
            }
            return home;
        }
    }

    /** Temporary folders of an unpack that was killed half-way (callers hold the start lock). */
    private static void removeLeftovers(Path cacheDir, String prefix) throws IOException {
        try (Stream<Path> list = Files.list(cacheDir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                deleteRecursively(p);
            }
        }
    }

    private static String topLevelFolder(ZipFile zip) throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        String top = null;
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            String first = slash < 0 ? name : name.substring(0, slash);
            if (top == null) {
                top = first;
            } else if (!top.equals(first)) {
                throw new IOException("Unexpected Keycloak zip layout: more than one top-level entry (" + top + ", " + first + ")");
            }
        }
        if (top == null || top.isBlank() || top.equals("..")) {
            throw new IOException("Empty or invalid Keycloak zip: " + zip.getName());
        }
        return top;
    }

    private static void extract(ZipFile zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            Path out = root.resolve(entry.getName()).normalize();
            if (!out.startsWith(root)) {
                throw new IOException("Zip entry outside the target folder: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(out);
                continue;
            }
            Files.createDirectories(out.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
            if (entry.getName().endsWith(".sh")) {
                makeExecutable(out);
            }
        }
    }

    private static void makeExecutable(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            file.toFile().setExecutable(true, false);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
